import Foundation
import PiperCore
import PiperLLM
import Testing

@Suite("Anthropic Messages wire format")
struct AnthropicWireTests {
    private static let settings = ModelGatewaySettings.testing([Samples.anthropic])

    @Test("a chat sends the recorded request with x-api-key and anthropic-version, and reads the message")
    func chat() async throws {
        let body = try Fixture.text("anthropic/chat.response.json")
        let harness = GatewayHarness(Self.settings) { _, _ in .text(body) }
        let response = try await harness.gateway.complete(Samples.chat())
        let sent = try #require(harness.sent.all.first)
        let expected = try Fixture.json("anthropic/chat.request.json")
        #expect(sent.url == "https://api.anthropic.com/v1/messages")
        #expect(sent.header("x-api-key") == Samples.serverAnthropicKey)
        #expect(sent.header("anthropic-version") == "2023-06-01")
        #expect(sent.header("Authorization") == nil)
        #expect(sent.json == expected)
        #expect(response.text == "Q3 focuses on shipping SSO, the usage dashboard and the Jira sync.")
        #expect(response.usage == ModelUsage(inputTokens: 29, outputTokens: 19))
        #expect(response.finishReason == "end_turn" && response.model == "claude-sonnet-4-5-20250929")
    }

    @Test("a streamed chat reads message_start usage, text deltas, pings and message_delta")
    func streamedChat() async throws {
        let sse = try Fixture.text("anthropic/chat-stream.sse.txt")
        let harness = GatewayHarness(Self.settings) { _, _ in .text(sse, chunkSize: 23) }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.chat()))
        let expected = try Fixture.json("anthropic/chat-stream.request.json")
        #expect(harness.sent.all.first?.json == expected)
        #expect(outcome.pieces == ["Q3 focuses", " on SSO, the usage dashboard", " and the Jira sync."])
        let response = try #require(outcome.response)
        #expect(response.usage == ModelUsage(inputTokens: 29, outputTokens: 15))
        #expect(response.finishReason == "end_turn")
    }

    @Test("JSON-schema output forces one tool whose input becomes the answer's text")
    func jsonSchema() async throws {
        let body = try Fixture.text("anthropic/json-schema.response.json")
        let harness = GatewayHarness(Self.settings) { _, _ in .text(body) }
        let response = try await harness.gateway.complete(Samples.jsonSchema())
        let expected = try Fixture.json("anthropic/json-schema.request.json")
        #expect(harness.sent.all.first?.json == expected)
        #expect(response.toolCalls.isEmpty)
        #expect(
            JSONValue.parse(response.text)
                == .object(["title": .string("Send the launch notes to Dana"), "due": .string("Friday")]))
    }

    @Test("tool_use and tool_result blocks are encoded in alternating turns, and a tool_use is read back")
    func toolCall() async throws {
        let body = try Fixture.text("anthropic/tool-call.response.json")
        let harness = GatewayHarness(Self.settings) { _, _ in .text(body) }
        let response = try await harness.gateway.complete(
            Samples.toolCall(previousCallID: "toolu_01T1x1fJ34qAmk2tNTrN7Up6"))
        let expected = try Fixture.json("anthropic/tool-call.request.json")
        #expect(harness.sent.all.first?.json == expected)
        #expect(response.text == "I'll look up issue 42.")
        #expect(
            response.toolCalls == [
                ModelToolCall(id: "toolu_01D7FLrfh4GYq7yT1ULFeyMV", name: "get_issue", arguments: #"{"number":42}"#)
            ])
    }

    @Test("streamed input_json_delta fragments build the tool call's arguments")
    func streamedToolCall() async throws {
        let sse = try Fixture.text("anthropic/tool-call-stream.sse.txt")
        let harness = GatewayHarness(Self.settings) { _, _ in .text(sse, chunkSize: 64) }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.toolCall(previousCallID: "toolu_1")))
        let response = try #require(outcome.response)
        #expect(outcome.pieces == ["I'll look up issue 42."])
        #expect(
            response.toolCalls == [
                ModelToolCall(id: "toolu_01T1x1fJ34qAmk2tNTrN7Up6", name: "get_issue", arguments: #"{"number": 42}"#)
            ])
        #expect(response.finishReason == "tool_use" && response.usage == ModelUsage(inputTokens: 498, outputTokens: 61))
    }

    @Test("error bodies: 400 is rejected with the API's message, 529 overloaded is a provider failure")
    func errorBodies() async throws {
        let invalid = try Fixture.text("anthropic/error-invalid-request.json")
        let harness = GatewayHarness(Self.settings) { _, _ in .text(invalid, status: 400) }
        await #expect(
            throws: ModelError.rejected(
                provider: "anthropic", status: 400,
                message:
                    #"messages: roles must alternate between "user" and "assistant", but found multiple "user" roles in a row"#
            )
        ) {
            try await harness.gateway.complete(Samples.chat())
        }
        let overloaded = try Fixture.text("anthropic/error-overloaded.json")
        let busy = GatewayHarness(Self.settings) { _, _ in .text(overloaded, status: 529) }
        await #expect(throws: ModelError.providerFailed(provider: "anthropic", status: 529)) {
            try await busy.gateway.complete(Samples.chat())
        }
    }

    @Test("an error event in the stream fails it as the provider failing")
    func streamErrorEvent() async throws {
        let sse = try Fixture.text("anthropic/error-stream.sse.txt")
        let harness = GatewayHarness(Self.settings) { _, _ in .text(sse) }
        let outcome = await StreamOutcome(harness.gateway.stream(Samples.chat()))
        #expect(outcome.response == nil)
        #expect(outcome.error as? ModelError == .providerFailed(provider: "anthropic", status: 529))
    }
}
