import Foundation
import PiperCore
import PiperLLM
import Testing

@Suite("OpenAI Chat Completions wire format")
struct OpenAIWireTests {
    @Test("a chat sends the recorded request to api.openai.com and reads answer, model, usage and finish reason")
    func chat() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.openAI])) { _, _ in .text(body) }
        let response = try await harness.gateway.complete(Samples.chat())
        let sent = try #require(harness.sent.all.first)
        let expected = try Fixture.json("openai/chat.request.json")
        #expect(sent.url == "https://api.openai.com/v1/chat/completions")
        #expect(sent.header("Authorization") == "Bearer \(Samples.serverOpenAIKey)")
        #expect(sent.json == expected)
        #expect(response.text == "Q3 focuses on shipping SSO, the usage dashboard and the Jira sync.")
        #expect(response.usage == ModelUsage(inputTokens: 31, outputTokens: 17))
        #expect(response.model == "gpt-4o-mini-2024-07-18")
        #expect(response.finishReason == "stop" && response.provider == "openai")
    }

    @Test("a streamed chat to a keyless local server sends no Authorization and accumulates deltas and final usage")
    func streamedChat() async throws {
        let sse = try Fixture.text("openai/chat-stream.sse.txt")
        let harness = GatewayHarness(.testing([Samples.local])) { _, _ in .text(sse, chunkSize: 37) }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.chat()))
        let sent = try #require(harness.sent.all.first)
        let expected = try Fixture.json("openai/chat-stream.request.json")
        #expect(sent.url == "http://127.0.0.1:8081/v1/chat/completions")
        #expect(sent.header("Authorization") == nil)
        #expect(sent.json == expected)
        #expect(outcome.error == nil)
        #expect(outcome.pieces == ["Q3 focuses", " on SSO, the usage dashboard", " and the Jira sync."])
        let response = try #require(outcome.response)
        #expect(response.text == outcome.pieces.joined())
        #expect(response.usage == ModelUsage(inputTokens: 31, outputTokens: 15))
        #expect(response.finishReason == "stop")
    }

    @Test("a stream without a usage chunk reports zero tokens rather than an estimate")
    func streamWithoutUsage() async throws {
        let sse = try Fixture.text("openai/chat-stream.sse.txt").components(separatedBy: "\n\n")
            .filter { !$0.contains("\"prompt_tokens\"") }.joined(separator: "\n\n")
        let harness = GatewayHarness(.testing([Samples.local])) { _, _ in .text(sse) }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.chat()))
        #expect(outcome.response?.usage == .zero)
        #expect(outcome.response?.text == "Q3 focuses on SSO, the usage dashboard and the Jira sync.")
    }

    @Test("JSON-schema output is asked for with a strict json_schema response format")
    func jsonSchema() async throws {
        let body = try Fixture.text("openai/json-schema.response.json")
        let harness = GatewayHarness(.testing([Samples.openAI])) { _, _ in .text(body) }
        let response = try await harness.gateway.complete(Samples.jsonSchema())
        let expected = try Fixture.json("openai/json-schema.request.json")
        #expect(harness.sent.all.first?.json == expected)
        let answer = try #require(JSONValue.parse(response.text))
        #expect(answer["title"] == .string("Send the launch notes to Dana") && answer["due"] == .string("Friday"))
    }

    @Test("tools, earlier tool calls and tool results are encoded, and a tool call is read back")
    func toolCall() async throws {
        let body = try Fixture.text("openai/tool-call.response.json")
        let harness = GatewayHarness(.testing([Samples.openAI])) { _, _ in .text(body) }
        let response = try await harness.gateway.complete(
            Samples.toolCall(previousCallID: "call_9pw1qnYScqvGrCH58HWCvFH6"))
        let expected = try Fixture.json("openai/tool-call.request.json")
        #expect(harness.sent.all.first?.json == expected)
        #expect(
            response.toolCalls == [
                ModelToolCall(id: "call_Vq3NtC6m2xYfGx1Kd8LhRz0P", name: "get_issue", arguments: #"{"number":42}"#)
            ])
        #expect(response.text.isEmpty && response.finishReason == "tool_calls")
    }

    @Test("streamed tool-call argument fragments are joined by index")
    func streamedToolCall() async throws {
        let sse = try Fixture.text("openai/tool-call-stream.sse.txt")
        let harness = GatewayHarness(.testing([Samples.openAI])) { _, _ in .text(sse, chunkSize: 50) }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.toolCall(previousCallID: "call_1")))
        let response = try #require(outcome.response)
        #expect(outcome.pieces.isEmpty)
        #expect(
            response.toolCalls == [
                ModelToolCall(id: "call_Vq3NtC6m2xYfGx1Kd8LhRz0P", name: "get_issue", arguments: #"{"number":42}"#),
                ModelToolCall(id: "call_Q8sWm1RkTn4ZxGb7Hc2Jd5Lp", name: "get_issue", arguments: #"{"number":43}"#),
            ])
        #expect(response.usage == ModelUsage(inputTokens: 118, outputTokens: 30))
    }

    @Test("error bodies become rejected, unauthorized and rate-limited errors without the key")
    func errorBodies() async throws {
        let invalid = try Fixture.text("openai/error-invalid-request.json")
        let badKey = try Fixture.text("openai/error-invalid-key.json")
            .replacingOccurrences(
                of: "sk-proj-********************************************abcd", with: Samples.serverOpenAIKey)
        let limited = try Fixture.text("openai/error-rate-limit.json")
        let cases: [(ModelHTTPResponse, (ModelError) -> Bool)] = [
            (
                .text(invalid, status: 400),
                {
                    guard case .rejected("openai", 400, let message) = $0 else { return false }
                    return message.hasPrefix("Invalid 'messages[1].content': string too long.") && message.count <= 200
                }
            ),
            (.text(badKey, status: 401), { $0 == .unauthorized(provider: "openai") }),
            (
                .text(limited, status: 429, headers: ["Retry-After": "7"]),
                { $0 == .rateLimited(provider: "openai", retryAfter: 7) }
            ),
            (
                .text(badKey, status: 404),
                {
                    guard case .rejected(_, 404, let message) = $0 else { return false }
                    return !message.contains(Samples.serverOpenAIKey) && message.contains("[redacted]")
                }
            ),
        ]
        for (response, matches) in cases {
            let harness = GatewayHarness(.testing([Samples.openAI])) { _, _ in response }
            do {
                _ = try await harness.gateway.complete(Samples.chat())
                Issue.record("HTTP \(response.status) was accepted")
            } catch let error as ModelError {
                #expect(matches(error), "HTTP \(response.status) gave \(error)")
                #expect(!error.description.contains(Samples.serverOpenAIKey))
            }
        }
    }
}
