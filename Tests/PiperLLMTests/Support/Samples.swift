import Foundation
import PiperCore
import PiperLLM

/// Requests, providers and a scope shared by the suites.
enum Samples {
    static let scope = Scope(
        workspace: Identifier(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!),
        owner: Identifier(UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!))
    static let otherUser = Scope(
        workspace: scope.workspace, owner: Identifier(UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!))

    static let serverOpenAIKey = "sk-server-test-key-0123456789abcdef"
    static let serverAnthropicKey = "sk-ant-server-test-key-0123456789abcdef"
    static let userOpenAIKey = "sk-user-own-key-fedcba9876543210"

    static let system = "You are Piper Morgan, a product-management assistant."

    static let openAI = ModelProviderSettings(
        name: "openai", kind: .openai, baseURL: "https://api.openai.com/v1", apiKey: serverOpenAIKey,
        model: "gpt-4o-mini")
    static let local = ModelProviderSettings(
        name: "local", kind: .openai, baseURL: "http://127.0.0.1:8081/v1", model: "llama-3.2-3b-instruct")
    static let anthropic = ModelProviderSettings(
        name: "anthropic", kind: .anthropic, baseURL: "https://api.anthropic.com/v1", apiKey: serverAnthropicKey,
        model: "claude-sonnet-4-5")

    static func chat(_ task: ModelTask = .floor, scope: Scope = scope) -> ModelRequest {
        ModelRequest(
            task: task, system: system,
            messages: [ModelMessage(.user, "Summarise the Q3 roadmap in one sentence.")], maxOutputTokens: 200,
            temperature: 0.2, attribution: ModelAttribution(scope: scope))
    }

    static let todoSchema: JSONValue = .object([
        "type": .string("object"),
        "properties": .object([
            "title": .object(["type": .string("string")]), "due": .object(["type": .string("string")]),
        ]),
        "required": .array([.string("title"), .string("due")]),
        "additionalProperties": .bool(false),
    ])

    static func jsonSchema() -> ModelRequest {
        ModelRequest(
            task: .extraction, system: "Extract the todo the user asks for.",
            messages: [ModelMessage(.user, "Remind me to send the launch notes to Dana by Friday.")],
            maxOutputTokens: 300, responseFormat: .jsonSchema(name: "todo", schema: todoSchema),
            attribution: ModelAttribution(scope: scope))
    }

    static let getIssue = ModelTool(
        name: "get_issue", description: "Look up a GitHub issue by number.",
        parameters: .object([
            "type": .string("object"), "properties": .object(["number": .object(["type": .string("integer")])]),
            "required": .array([.string("number")]),
        ]))

    static func toolCall(previousCallID: String) -> ModelRequest {
        ModelRequest(
            task: .floor, system: system,
            messages: [
                ModelMessage(.user, "What is the status of issue 41?"),
                ModelMessage(
                    .assistant, "",
                    toolCalls: [ModelToolCall(id: previousCallID, name: "get_issue", arguments: #"{"number":41}"#)]),
                ModelMessage(.tool, #"{"number":41,"state":"closed"}"#, toolCallID: previousCallID),
                ModelMessage(.user, "And issue 42?"),
            ],
            maxOutputTokens: 200, tools: [getIssue], attribution: ModelAttribution(scope: scope))
    }
}
