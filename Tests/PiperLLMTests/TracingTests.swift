import Foundation
import InMemoryTracing
import PiperCore
import PiperLLM
import Testing
import Tracing

@Suite("Tracing")
struct TracingTests {
    @Test("each attempt is a client span with OpenTelemetry GenAI attributes and Piper's cost and task")
    func successSpan() async throws {
        let body = try Fixture.text("anthropic/chat.response.json")
        let prices = ModelPriceTable(["claude-sonnet-4-5": .init(inputPerMillion: 3, outputPerMillion: 15)])
        let harness = GatewayHarness(.testing([Samples.anthropic], prices: prices)) { _, _ in .text(body) }
        _ = try await harness.gateway.complete(Samples.chat(.drafting))
        let span = try #require(harness.tracer.finishedSpans.first)
        #expect(span.operationName == "chat claude-sonnet-4-5" && span.kind == .client)
        let attributes = span.attributes
        #expect(attributes.get("gen_ai.operation.name") == .string("chat"))
        #expect(attributes.get("gen_ai.provider.name") == .string("anthropic"))
        #expect(attributes.get("gen_ai.system") == .string("anthropic"))
        #expect(attributes.get("gen_ai.request.model") == .string("claude-sonnet-4-5"))
        #expect(attributes.get("gen_ai.response.model") == .string("claude-sonnet-4-5-20250929"))
        #expect(attributes.get("gen_ai.usage.input_tokens") == .int64(29))
        #expect(attributes.get("gen_ai.usage.output_tokens") == .int64(19))
        #expect(attributes.get("gen_ai.response.finish_reasons") == .stringArray(["end_turn"]))
        #expect(attributes.get("piper.gen_ai.cost_usd") == .double(0.000372))
        #expect(attributes.get("piper.task") == .string("drafting"))
        #expect(span.errors.isEmpty)
    }

    @Test("a failed attempt records error.type and the error on its span")
    func failureSpan() async throws {
        let harness = GatewayHarness(.testing([Samples.local], retries: 1)) { _, _ in .text("", status: 503) }
        _ = try? await harness.gateway.complete(Samples.chat())
        let spans = harness.tracer.finishedSpans
        #expect(spans.count == 2)
        for span in spans {
            #expect(span.attributes.get("error.type") == .string("provider_failed"))
            #expect(span.errors.count == 1 && span.status?.code == .error)
            #expect(span.attributes.get("gen_ai.provider.name") == .string("openai"))
        }
    }
}
