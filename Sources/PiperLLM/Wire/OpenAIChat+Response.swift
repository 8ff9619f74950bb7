import PiperCore

extension OpenAIChat {
    /// Reads a `chat.completion` object.
    package static func answer(from json: JSONValue) throws(WireError) -> WireAnswer {
        if let error = json["error"] { throw providerError(error) }
        guard let choice = json["choices"]?.arrayValue.first, let message = choice["message"] else {
            throw .malformed("no choices[0].message")
        }
        let calls = try message["tool_calls"]?.arrayValue.map(toolCall) ?? []
        return WireAnswer(
            text: message["content"]?.stringValue ?? "", toolCalls: calls, usage: usage(json["usage"]),
            model: json["model"]?.stringValue, finishReason: choice["finish_reason"]?.stringValue)
    }

    static func usage(_ json: JSONValue?) -> ModelUsage {
        ModelUsage(
            inputTokens: json?["prompt_tokens"]?.intValue ?? 0, outputTokens: json?["completion_tokens"]?.intValue ?? 0)
    }

    static func providerError(_ error: JSONValue) -> WireError {
        .provider(
            type: error["type"]?.stringValue ?? error["code"]?.stringValue ?? "error",
            message: error["message"]?.stringValue ?? error.stringValue ?? "")
    }

    private static func toolCall(_ json: JSONValue) throws(WireError) -> ModelToolCall {
        guard let id = json["id"]?.stringValue, let name = json["function"]?["name"]?.stringValue else {
            throw .malformed("a tool call without id or function name")
        }
        return ModelToolCall(id: id, name: name, arguments: json["function"]?["arguments"]?.stringValue ?? "{}")
    }
}
