import PiperCore

/// The Anthropic Messages wire format.
///
/// - SeeAlso: https://docs.anthropic.com/en/api/messages
package enum AnthropicMessages {
    /// The API version every request names.
    package static let version = "2023-06-01"

    /// Builds the request. A JSON-schema answer is asked for by forcing one tool whose input schema is the schema;
    /// its input becomes the answer's text.
    package static func request(_ request: ModelRequest, model: String, stream: Bool, apiKey: String?) -> WireRequest {
        var headers: [(name: String, value: String)] = [
            ("Content-Type", "application/json"), ("anthropic-version", version),
        ]
        if let apiKey, !apiKey.isEmpty { headers.append(("x-api-key", apiKey)) }
        var tools = request.tools.map(tool)
        var toolChoice: JSONValue?
        if case .jsonSchema(let name, let schema) = request.responseFormat {
            tools.append(
                .object([
                    "name": .string(name), "description": .string("Answer with JSON matching this schema."),
                    "input_schema": schema,
                ]))
            toolChoice = .object(["type": .string("tool"), "name": .string(name)])
        }
        let body: [String: JSONValue?] = [
            "model": .string(model),
            "max_tokens": .int(request.maxOutputTokens),
            "system": request.system.isEmpty ? nil : .string(request.system),
            "messages": .array(messages(request.messages)),
            "temperature": request.temperature.map { .number($0) },
            "tools": tools.isEmpty ? nil : .array(tools),
            "tool_choice": toolChoice,
            "stream": stream ? .bool(true) : nil,
        ]
        return WireRequest(path: "/messages", headers: headers, body: .compactObject(body))
    }

    /// The forced tool's name when the request wants JSON-schema output.
    package static func schemaToolName(_ request: ModelRequest) -> String? {
        if case .jsonSchema(let name, _) = request.responseFormat { name } else { nil }
    }

    /// Messages with tool results as `tool_result` blocks in user turns and consecutive same-role turns merged,
    /// because the API wants user and assistant to alternate.
    private static func messages(_ messages: [ModelMessage]) -> [JSONValue] {
        var turns: [(role: String, blocks: [JSONValue])] = []
        for message in messages {
            let role = message.role == .assistant ? "assistant" : "user"
            let blocks = blocks(message)
            if turns.last?.role == role {
                turns[turns.count - 1].blocks += blocks
            } else {
                turns.append((role, blocks))
            }
        }
        return turns.map { turn in
            let onlyText = turn.blocks.count == 1 && turn.blocks[0]["type"] == .string("text")
            return .object([
                "role": .string(turn.role), "content": onlyText ? turn.blocks[0]["text"]! : .array(turn.blocks),
            ])
        }
    }

    private static func blocks(_ message: ModelMessage) -> [JSONValue] {
        if message.role == .tool {
            return [
                .object([
                    "type": .string("tool_result"), "tool_use_id": .string(message.toolCallID ?? ""),
                    "content": .string(message.content),
                ])
            ]
        }
        let text: [JSONValue] =
            message.content.isEmpty && !message.toolCalls.isEmpty
            ? [] : [.object(["type": .string("text"), "text": .string(message.content)])]
        return text
            + message.toolCalls.map { call in
                .object([
                    "type": .string("tool_use"), "id": .string(call.id), "name": .string(call.name),
                    "input": JSONValue.parse(call.arguments) ?? .object([:]),
                ])
            }
    }

    private static func tool(_ tool: ModelTool) -> JSONValue {
        .object([
            "name": .string(tool.name), "description": .string(tool.description), "input_schema": tool.parameters,
        ])
    }
}
