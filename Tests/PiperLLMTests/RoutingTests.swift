import Foundation
import PiperCore
import PiperLLM
import Testing

@Suite("Routing and fallback")
struct RoutingTests {
    @Test("a task's route picks providers and models in order; other tasks use every provider")
    func routes() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let settings = ModelGatewaySettings.testing(
            [Samples.local, Samples.openAI], routes: [.drafting: [.init(provider: "openai", model: "gpt-4.1")]])
        let harness = GatewayHarness(settings) { _, _ in .text(body) }
        _ = try await harness.gateway.complete(Samples.chat(.drafting))
        _ = try await harness.gateway.complete(Samples.chat(.floor))
        #expect(
            harness.sent.all.map(\.url) == [
                "https://api.openai.com/v1/chat/completions", "http://127.0.0.1:8081/v1/chat/completions",
            ])
        #expect(harness.sent.all.map { $0.json?["model"] } == [.string("gpt-4.1"), .string("llama-3.2-3b-instruct")])
    }

    @Test("a transient failure falls back to the next provider; the answer names who answered")
    func fallback() async throws {
        let body = try Fixture.text("anthropic/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.local, Samples.anthropic])) { request, _ in
            request.url.hasPrefix("http://127.0.0.1") ? .text("", status: 502) : .text(body)
        }
        let response = try await harness.gateway.complete(Samples.chat())
        #expect(response.provider == "anthropic")
        #expect(harness.calls.map(\.provider) == ["local", "anthropic"])
        #expect(harness.calls.map(\.outcome) == [.failure, .success])
    }

    @Test("a failure that is not transient ends the call without trying others")
    func noFallbackOnRejection() async throws {
        let harness = GatewayHarness(.testing([Samples.openAI, Samples.local])) { _, _ in
            .text(#"{"error":{"message":"bad schema"}}"#, status: 400)
        }
        await #expect(throws: ModelError.rejected(provider: "openai", status: 400, message: "bad schema")) {
            try await harness.gateway.complete(Samples.chat())
        }
        #expect(harness.sent.all.count == 1)
    }

    @Test("providers whose circuit is open are skipped")
    func skipsOpenCircuit() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.local, Samples.openAI])) { request, _ in
            request.url.hasPrefix("http://127.0.0.1") ? .text("", status: 500) : .text(body)
        }
        for _ in 1...3 { _ = try await harness.gateway.complete(Samples.chat()) }
        let before = harness.sent.all.count
        let response = try await harness.gateway.complete(Samples.chat())
        #expect(before == 6)
        #expect(response.provider == "openai")
        #expect(harness.sent.all.count == 7)
        #expect(harness.sent.all.last?.url.hasPrefix("https://api.openai.com") == true)
    }

    @Test("no usable provider means notConfigured, and nothing is available")
    func notConfigured() async throws {
        var keyless = Samples.openAI
        keyless.apiKey = nil
        let harness = GatewayHarness(.testing([keyless])) { _, _ in .text("") }
        await #expect(throws: ModelError.notConfigured(.floor)) { try await harness.gateway.complete(Samples.chat()) }
        #expect(await harness.gateway.isAvailable(.floor, scope: Samples.scope) == false)
        #expect(harness.sent.all.isEmpty)
        let none = GatewayHarness(.testing([])) { _, _ in .text("") }
        #expect(await none.gateway.isAvailable(.classification, scope: Samples.scope) == false)
    }
}

@Suite("Streaming fallback")
struct StreamingFallbackTests {
    @Test("a stream that fails before any text falls back to the next provider")
    func beforeText() async throws {
        let sse = try Fixture.text("anthropic/chat-stream.sse.txt")
        let harness = GatewayHarness(.testing([Samples.local, Samples.anthropic])) { request, _ in
            request.url.hasPrefix("http://127.0.0.1")
                ? .chunks(
                    [Array("data: {\"choices\":[]}\n\n".utf8)],
                    failure: TransportFailure.unreachable(reason: "connection closed"))
                : .text(sse)
        }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.chat()))
        #expect(outcome.error == nil)
        #expect(outcome.response?.provider == "anthropic")
        #expect(outcome.pieces.joined() == "Q3 focuses on SSO, the usage dashboard and the Jira sync.")
        #expect(harness.calls.map(\.errorType) == ["unreachable", nil])
    }

    @Test("a stream that fails after sending text fails, without retrying or falling back")
    func afterText() async throws {
        let sse = try Fixture.text("openai/chat-stream.sse.txt")
        let firstTwoChunks = sse.components(separatedBy: "\n\n").prefix(3).joined(separator: "\n\n") + "\n\n"
        let harness = GatewayHarness(.testing([Samples.local, Samples.openAI], retries: 2)) { _, _ in
            .chunks([Array(firstTwoChunks.utf8)], failure: TransportFailure.timedOut(seconds: 60))
        }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.chat()))
        #expect(outcome.pieces == ["Q3 focuses"])
        #expect(outcome.error as? ModelError == .timedOut(provider: "local", seconds: 60))
        #expect(harness.sent.all.count == 1)
        #expect(harness.sleeps.all.isEmpty)
    }

    @Test("a stream that ends before the provider marks the answer complete is a failure")
    func truncated() async throws {
        let sse = try Fixture.text("anthropic/chat-stream.sse.txt").components(
            separatedBy: "event: content_block_stop")[0]
        let harness = GatewayHarness(.testing([Samples.anthropic])) { _, _ in .text(sse) }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.chat()))
        #expect(outcome.response == nil)
        guard case .invalidResponse("anthropic", _)? = outcome.error as? ModelError else {
            Issue.record("expected invalidResponse, got \(String(describing: outcome.error))")
            return
        }
    }
}
