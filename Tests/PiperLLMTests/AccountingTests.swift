import Foundation
import PiperCore
import PiperLLM
import PiperTestSupport
import Testing

@Suite("Accounting, budgets and caps")
struct AccountingTests {
    private static let prices = ModelPriceTable(["gpt-4o-mini": .init(inputPerMillion: 0.15, outputPerMillion: 0.60)])

    @Test("every attempt is recorded with attribution, tokens, cost and outcome, and logged without the prompt")
    func recordsAttempts() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.openAI], retries: 1, prices: Self.prices)) { _, attempt in
            attempt == 1 ? .text("", status: 500) : .text(body)
        }
        var request = Samples.chat(.drafting)
        let conversation = Conversation.ID(UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!)
        request.attribution.conversationID = conversation
        _ = try await harness.gateway.complete(request)
        let calls = harness.calls
        #expect(calls.map(\.outcome) == [.failure, .success])
        #expect(calls.map(\.errorType) == ["provider_failed", nil])
        let success = try #require(calls.last)
        #expect(success.scope == Samples.scope && success.conversationID == conversation && success.task == .drafting)
        #expect(success.provider == "openai" && success.model == "gpt-4o-mini")
        #expect(success.inputTokens == 31 && success.outputTokens == 17)
        #expect(success.costMicros == 15)  // 31 × 0.15 + 17 × 0.60 = 14.85 micro-dollars, rounded up
        #expect(success.createdAt == Fixtures.now)
        let lines = harness.logs.records.filter { $0.message == "model.call" }
        #expect(lines.count == 2)
        #expect(lines.last?.metadata["llm.input_tokens"] == "31" && lines.last?.metadata["llm.outcome"] == "success")
        #expect(
            !harness.logs.records.contains {
                $0.fullText.contains("Q3 roadmap") || $0.fullText.contains(Samples.serverOpenAIKey)
            })
    }

    @Test("a workspace that spent its monthly budget is refused, and the refusal is recorded")
    func budget() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.openAI], prices: Self.prices)) { _, _ in .text(body) }
        try await harness.usage.setLimits(Samples.scope.workspace, ModelLimits(monthlyBudgetMicros: 20))
        _ = try await harness.gateway.complete(Samples.chat())
        _ = try await harness.gateway.complete(Samples.chat())
        await #expect(throws: ModelError.budgetExhausted(limitMicros: 20)) {
            try await harness.gateway.complete(Samples.chat(scope: Samples.otherUser))
        }
        let refusal = try #require(harness.calls.last)
        #expect(refusal.outcome == .refused && refusal.provider == "piper" && refusal.model == "gpt-4o-mini")
        #expect(refusal.errorType == "budget_exhausted" && refusal.scope == Samples.otherUser)
        #expect(harness.sent.all.count == 2)
    }

    @Test("last month's spend does not count against this month's budget")
    func budgetResetsMonthly() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(
            .testing([Samples.openAI], prices: Self.prices, limits: ModelLimits(monthlyBudgetMicros: 10))
        ) { _, _ in .text(body) }
        _ = try await harness.gateway.complete(Samples.chat())
        harness.clock.advance(by: 40 * 86_400)
        _ = try await harness.gateway.complete(Samples.chat())
        #expect(harness.calls.map(\.outcome) == [.success, .success])
    }

    @Test("the daily cap counts each user's calls but not refusals, and resets at midnight UTC")
    func dailyCap() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.openAI], limits: ModelLimits(dailyRequestsPerUser: 2))) { _, _ in
            .text(body)
        }
        for _ in 1...2 { _ = try await harness.gateway.complete(Samples.chat()) }
        for _ in 1...2 {
            await #expect(throws: ModelError.requestCapReached(limit: 2)) {
                try await harness.gateway.complete(Samples.chat())
            }
        }
        _ = try await harness.gateway.complete(Samples.chat(scope: Samples.otherUser))
        let requests = try await harness.usage.userRequests(Samples.scope, .distantPast)
        #expect(requests == 2)
        harness.clock.advance(by: 86_400)
        _ = try await harness.gateway.complete(Samples.chat())
        #expect(harness.calls.filter { $0.outcome == .refused }.count == 2)
    }

    @Test("a streamed call on another user's cap is refused before anything is sent")
    func streamRefused() async throws {
        let harness = GatewayHarness(.testing([Samples.local], limits: ModelLimits(dailyRequestsPerUser: 0))) { _, _ in
            .text("")
        }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.chat()))
        #expect(outcome.error as? ModelError == .requestCapReached(limit: 0))
        #expect(harness.sent.all.isEmpty && harness.calls.map(\.outcome) == [.refused])
    }

    @Test("a store that cannot record is logged and never fails the call")
    func recordFailureIsLogged() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let (transport, _) = ModelTransport.scripted { _, _ in .text(body) }
        var usage = ModelUsageStore.inMemory()
        usage.record = { _ in throw CancellationError() }
        let logs = CapturedLogs()
        let gateway = ModelGateway(
            settings: .testing([Samples.openAI]), transport: transport, usage: usage, logger: logs.logger(),
            sleep: { _ in })
        let response = try await gateway.complete(Samples.chat())
        #expect(response.usage.inputTokens == 31)
        #expect(logs.records.contains { $0.message == "model.record_failed" && $0.level == .warning })
    }
}
