import AsyncHTTPClient
import Foundation
import Logging
import PiperCore
import PiperLLM
import PiperTestSupport
import Testing

@Suite("AsyncHTTPClient transport against the provider double")
struct LiveTransportTests {
    private static func gateway(_ providers: [ModelProviderSettings], retries: Int = 0) -> ModelGateway {
        ModelGateway(
            settings: .testing(providers, retries: retries), transport: .asyncHTTPClient(.shared), usage: .inMemory(),
            logger: Logger(label: "piper.test.llm"), sleep: { _ in })
    }

    private static func local(_ double: ModelProviderDouble, timeout: Double = 10) -> ModelProviderSettings {
        ModelProviderSettings(
            name: "local", kind: .openai, baseURL: double.baseURL, model: "llama-3.2-3b-instruct", timeout: timeout)
    }

    @Test("an OpenAI-compatible stream arrives piece by piece with usage; no key means no Authorization header")
    func openAIStream() async throws {
        try await ModelProviderDouble.run { double in
            double.enqueue(.answer("Ship the usage page first.", inputTokens: 40, outputTokens: 6))
            let outcome = await StreamOutcome(Self.gateway([Self.local(double)]).stream(Samples.chat()))
            #expect(outcome.error == nil)
            #expect(outcome.pieces == ["Ship", " the", " usage", " page", " first."])
            #expect(outcome.response?.usage == ModelUsage(inputTokens: 40, outputTokens: 6))
            let received = try #require(double.requests.first)
            #expect(received.path == "/v1/chat/completions" && received.isStreaming)
            #expect(received.headers["authorization"] == nil && received.model == "llama-3.2-3b-instruct")
        }
    }

    @Test("an Anthropic call sends its key in x-api-key and reads the answer and a tool call")
    func anthropic() async throws {
        try await ModelProviderDouble.run { double in
            let provider = ModelProviderSettings(
                name: "anthropic", kind: .anthropic, baseURL: double.baseURL, apiKey: "sk-ant-double-key",
                model: "claude-haiku-4-5")
            double.enqueue(.answer("Done."), .toolCall(name: "get_issue", arguments: #"{"number":42}"#))
            let gateway = Self.gateway([provider])
            let answer = try await gateway.complete(Samples.chat())
            #expect(answer.text == "Done." && answer.usage == ModelUsage(inputTokens: 12, outputTokens: 7))
            let streamed = await StreamOutcome(gateway.stream(Samples.chat()))
            #expect(
                streamed.response?.toolCalls == [
                    ModelToolCall(id: "toolu_double", name: "get_issue", arguments: #"{"number":42}"#)
                ])
            #expect(double.requests.map { $0.headers["x-api-key"] } == ["sk-ant-double-key", "sk-ant-double-key"])
            #expect(double.requests.map(\.path) == ["/v1/messages", "/v1/messages"])
        }
    }

    @Test("a 429 with Retry-After is retried and then answered")
    func rateLimitThenAnswer() async throws {
        try await ModelProviderDouble.run { double in
            double.enqueue(.failure(status: 429, retryAfter: "1"), .answer("Second time lucky."))
            let response = try await Self.gateway([Self.local(double)], retries: 1).complete(Samples.chat())
            #expect(response.text == "Second time lucky.")
            #expect(double.requests.count == 2)
        }
    }

    @Test("a response slower than the timeout is a timeout")
    func slowResponse() async throws {
        try await ModelProviderDouble.run { double in
            double.enqueue(.delayed(1, .answer("Too late.")))
            await #expect(throws: ModelError.timedOut(provider: "local", seconds: 0.2)) {
                try await Self.gateway([Self.local(double, timeout: 0.2)]).complete(Samples.chat())
            }
        }
    }

    @Test("a stream that goes quiet longer than the idle timeout fails after the text it sent")
    func idleStream() async throws {
        try await ModelProviderDouble.run { double in
            // The timeout also bounds the wait for the first piece, which took over 3 s while the whole suite
            // starts at once.
            double.enqueue(.stall(after: "Thinking", seconds: 15))
            let outcome = await StreamOutcome(Self.gateway([Self.local(double, timeout: 10)]).stream(Samples.chat()))
            #expect(outcome.pieces == ["Thinking"])
            #expect(outcome.error as? ModelError == .timedOut(provider: "local", seconds: 10))
        }
    }

    @Test("a dropped connection and a refused connection are unreachable")
    func unreachable() async throws {
        try await ModelProviderDouble.run { double in
            double.enqueue(.dropConnection)
            do {
                _ = try await Self.gateway([Self.local(double)]).complete(Samples.chat())
                Issue.record("a dropped connection answered")
            } catch let error as ModelError {
                #expect(error.kind == "unreachable", "\(error)")
            }
        }
        let closed = ModelProviderSettings(
            name: "local", kind: .openai, baseURL: "http://127.0.0.1:1/v1", model: "m", timeout: 5)
        await #expect(throws: ModelError.unreachable(provider: "local", reason: "connection refused")) {
            try await Self.gateway([closed]).complete(Samples.chat())
        }
    }
}
