import PiperCore

/// The OpenAI Chat Completions wire format, also spoken by llama.cpp server, vLLM, Ollama and LM Studio.
///
/// - SeeAlso: https://platform.openai.com/docs/api-reference/chat/create
package enum OpenAIChat {
    /// Builds the request. api.openai.com gets `max_completion_tokens` (its newer models refuse `max_tokens`);
    /// every other server gets `max_tokens`, which all OpenAI-compatible servers understand.
    package static func request(
        _ request: ModelRequest, model: String, stream: Bool, apiKey: String?, isOfficialAPI: Bool
    ) -> WireRequest {
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if let apiKey, !apiKey.isEmpty { headers.append(("Authorization", "Bearer \(apiKey)")) }
        var body: [String: JSONValue?] = [
            "model": .string(model),
            "messages": .array(messages(request)),
            isOfficialAPI ? "max_completion_tokens" : "max_tokens": .int(request.maxOutputTokens),
            "temperature": request.temperature.map { .number($0) },
            "response_format": responseFormat(request.responseFormat),
            "tools": request.tools.isEmpty ? nil : .array(request.tools.map(tool)),
        ]
        if stream {
            body["stream"] = .bool(true)
            body["stream_options"] = .object(["include_usage": .bool(true)])
        }
        return WireRequest(path: "/chat/completions", headers: headers, body: .compactObject(body))
    }

    private static func messages(_ request: ModelRequest) -> [JSONValue] {
        let system: [JSONValue] =
            request.system.isEmpty ? [] : [.object(["role": .string("system"), "content": .string(request.system)])]
        return system + request.messages.map(message)
    }

    private static func message(_ message: ModelMessage) -> JSONValue {
        switch message.role {
        case .user:
            return .object(["role": .string("user"), "content": .string(message.content)])
        case .tool:
            return .object([
                "role": .string("tool"), "tool_call_id": .string(message.toolCallID ?? ""),
                "content": .string(message.content),
            ])
        case .assistant:
            return .compactObject([
                "role": .string("assistant"),
                "content": message.content.isEmpty && !message.toolCalls.isEmpty ? .null : .string(message.content),
                "tool_calls": message.toolCalls.isEmpty ? nil : .array(message.toolCalls.map(toolCall)),
            ])
        }
    }

    private static func toolCall(_ call: ModelToolCall) -> JSONValue {
        .object([
            "id": .string(call.id), "type": .string("function"),
            "function": .object(["name": .string(call.name), "arguments": .string(call.arguments)]),
        ])
    }

    private static func tool(_ tool: ModelTool) -> JSONValue {
        .object([
            "type": .string("function"),
            "function": .object([
                "name": .string(tool.name), "description": .string(tool.description), "parameters": tool.parameters,
            ]),
        ])
    }

    private static func responseFormat(_ format: ModelRequest.ResponseFormat) -> JSONValue? {
        guard case .jsonSchema(let name, let schema) = format else { return nil }
        return .object([
            "type": .string("json_schema"),
            "json_schema": .object(["name": .string(name), "schema": schema, "strict": .bool(true)]),
        ])
    }
}
