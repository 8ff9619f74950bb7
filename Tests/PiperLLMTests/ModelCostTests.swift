import PiperCore
import Testing

@Suite("Model cost")
struct ModelCostTests {
    @Test("Cost follows the price table per million tokens and rounds up to a micro-dollar")
    func costFollowsPriceTable() {
        let table = ModelPriceTable(["gpt-4o-mini": .init(inputPerMillion: 0.15, outputPerMillion: 0.60)])
        let cost = table.costMicros(model: "gpt-4o-mini", usage: ModelUsage(inputTokens: 1_000, outputTokens: 500))
        #expect(cost == 450)
        #expect(table.costMicros(model: "local", usage: ModelUsage(inputTokens: 10_000, outputTokens: 10_000)) == 0)
    }

    @Test("Dollar amounts keep sub-cent precision")
    func dollarFormatting() {
        #expect(ModelCost.dollars(1_250_000) == "$1.25")
        #expect(ModelCost.dollars(450) == "$0.0005")
        #expect(ModelCost.dollars(0) == "$0.00")
    }
}
