import PiperCore

extension AnthropicMessages {
    /// Reads a `message` object; with `schemaTool`, that tool's input is the answer's text.
    package static func answer(from json: JSONValue, schemaTool: String?) throws(WireError) -> WireAnswer {
        if json["type"]?.stringValue == "error" { throw providerError(json["error"]) }
        guard json["type"]?.stringValue == "message", case .array(let content)? = json["content"] else {
            throw .malformed("not a message with content")
        }
        var text = ""
        var calls: [ModelToolCall] = []
        for block in content {
            switch block["type"]?.stringValue {
            case "text": text += block["text"]?.stringValue ?? ""
            case "tool_use":
                let input = block["input"] ?? .object([:])
                let name = block["name"]?.stringValue ?? ""
                if name == schemaTool {
                    text = input.jsonText
                } else {
                    calls.append(
                        ModelToolCall(id: block["id"]?.stringValue ?? "", name: name, arguments: input.jsonText))
                }
            default: continue
            }
        }
        return WireAnswer(
            text: text, toolCalls: calls, usage: usage(json["usage"]), model: json["model"]?.stringValue,
            finishReason: json["stop_reason"]?.stringValue)
    }

    static func usage(_ json: JSONValue?) -> ModelUsage {
        ModelUsage(
            inputTokens: json?["input_tokens"]?.intValue ?? 0, outputTokens: json?["output_tokens"]?.intValue ?? 0)
    }

    static func providerError(_ error: JSONValue?) -> WireError {
        .provider(type: error?["type"]?.stringValue ?? "error", message: error?["message"]?.stringValue ?? "")
    }
}
