import Foundation
import PiperCore
import PiperLLM
import PiperTestSupport
import Testing

@Suite("Users' own keys")
struct UserKeyTests {
    private static let userKey: ModelGateway.UserKey = { scope, kind in
        scope == Samples.scope && kind == .openai ? Samples.userOpenAIKey : nil
    }

    @Test("the secret names are the documented ones")
    func secretNames() {
        #expect(
            UserModelKeys.openAI == "models.openai.api_key" && UserModelKeys.anthropic == "models.anthropic.api_key")
        #expect(ModelProviderKind.anthropic.userKeySecretName == UserModelKeys.anthropic)
    }

    @Test("the user's key replaces the server's for the provider named openai, for that user only")
    func replacesServerKey() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.openAI]), userKey: Self.userKey) { _, _ in .text(body) }
        _ = try await harness.gateway.complete(Samples.chat())
        _ = try await harness.gateway.complete(Samples.chat(scope: Samples.otherUser))
        #expect(
            harness.sent.all.map { $0.header("Authorization") } == [
                "Bearer \(Samples.userOpenAIKey)", "Bearer \(Samples.serverOpenAIKey)",
            ])
    }

    @Test("with no openai provider configured, the user's key opens the official API first, for them alone")
    func implicitProvider() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.local]), userKey: Self.userKey) { _, _ in .text(body) }
        let response = try await harness.gateway.complete(Samples.chat())
        #expect(response.provider == "openai")
        let sent = try #require(harness.sent.all.first)
        #expect(sent.url == "https://api.openai.com/v1/chat/completions")
        #expect(sent.json?["model"] == .string(ModelProviderKind.openai.defaultModel))
        _ = try await harness.gateway.complete(Samples.chat(scope: Samples.otherUser))
        #expect(harness.sent.all.last?.url == "http://127.0.0.1:8081/v1/chat/completions")
        #expect(await harness.gateway.providerStates().map(\.name) == ["local"])
    }

    @Test("a user key makes a task available even when the server has no provider")
    func availability() async {
        let harness = GatewayHarness(.testing([]), userKey: Self.userKey) { _, _ in .text("") }
        #expect(await harness.gateway.isAvailable(.drafting, scope: Samples.scope))
        #expect(await harness.gateway.isAvailable(.drafting, scope: Samples.otherUser) == false)
    }

    @Test("a refused user key never appears in errors, logs, records or span attributes")
    func keyNeverLeaks() async throws {
        let echo = #"{"error":{"message":"Incorrect API key provided: \#(Samples.userOpenAIKey)."}}"#
        let harness = GatewayHarness(.testing([]), userKey: Self.userKey) { _, attempt in
            attempt == 1 ? .text(echo, status: 401) : .text(echo, status: 400)
        }
        for _ in 1...2 {
            do {
                _ = try await harness.gateway.complete(Samples.chat())
            } catch {
                #expect(!String(describing: error).contains(Samples.userOpenAIKey))
                #expect(!String(reflecting: error).contains(Samples.userOpenAIKey))
            }
        }
        #expect(harness.calls.count == 2)
        #expect(!harness.logs.records.contains { $0.fullText.contains(Samples.userOpenAIKey) })
        #expect(!harness.calls.contains { String(describing: $0).contains(Samples.userOpenAIKey) })
        let spans = harness.tracer.finishedSpans
        #expect(spans.count == 2)
        #expect(!spans.contains { String(describing: $0.attributes).contains(Samples.userOpenAIKey) })
        let states = await harness.gateway.providerStates()
        #expect(!String(describing: states).contains(Samples.userOpenAIKey))
    }
}
