import PiperCore

/// The two wire formats the double speaks, and the bodies it writes in each.
enum ModelDoubleFormat: Equatable {
    case openAI
    case anthropic

    typealias Reply = ModelProviderDouble.Reply

    func errorBody(status: Int, message: String) -> JSONValue {
        switch self {
        case .openAI:
            return .object([
                "error": .object([
                    "message": .string(message), "type": .string(status == 429 ? "requests" : "server_error"),
                    "code": .null,
                ])
            ])
        case .anthropic:
            let type = status == 429 ? "rate_limit_error" : status == 529 ? "overloaded_error" : "api_error"
            return .object([
                "type": .string("error"), "error": .object(["type": .string(type), "message": .string(message)]),
            ])
        }
    }

    func completeBody(_ reply: Reply, model: String) -> JSONValue {
        let (text, usage) = reply.textAndUsage
        switch self {
        case .openAI:
            var message: [String: JSONValue] = [
                "role": .string("assistant"), "content": text.map { .string($0) } ?? .null,
            ]
            if case .toolCall(let name, let arguments) = reply {
                message["tool_calls"] = .array([Self.openAIToolCall(name: name, arguments: arguments, index: nil)])
            }
            return .object([
                "id": .string("chatcmpl-double"), "object": .string("chat.completion"),
                "created": .number(1_700_000_000),
                "model": .string(model),
                "choices": .array([
                    .object([
                        "index": .number(0), "message": .object(message),
                        "finish_reason": .string(text == nil ? "tool_calls" : "stop"),
                    ])
                ]),
                "usage": Self.openAIUsage(usage),
            ])
        case .anthropic:
            var content: [JSONValue] = text.map { [.object(["type": .string("text"), "text": .string($0)])] } ?? []
            if case .toolCall(let name, let arguments) = reply {
                content.append(
                    .object([
                        "type": .string("tool_use"), "id": .string("toolu_double"), "name": .string(name),
                        "input": JSONValue.parse(arguments) ?? .object([:]),
                    ]))
            }
            return .object([
                "id": .string("msg_double"), "type": .string("message"), "role": .string("assistant"),
                "model": .string(model), "content": .array(content),
                "stop_reason": .string(text == nil ? "tool_use" : "end_turn"), "stop_sequence": .null,
                "usage": .object([
                    "input_tokens": .number(Double(usage.input)), "output_tokens": .number(Double(usage.output)),
                ]),
            ])
        }
    }

    /// The server-sent events of a streamed reply, each with its trailing blank line.
    func events(_ reply: Reply, model: String) -> [String] {
        switch self {
        case .openAI: openAIEvents(reply, model: model)
        case .anthropic: anthropicEvents(reply, model: model)
        }
    }

    private func openAIEvents(_ reply: Reply, model: String) -> [String] {
        let (text, usage) = reply.textAndUsage
        func chunk(_ delta: JSONValue, finish: String? = nil) -> String {
            Self.data(
                .object([
                    "id": .string("chatcmpl-double"), "object": .string("chat.completion.chunk"),
                    "model": .string(model),
                    "choices": .array([
                        .object([
                            "index": .number(0), "delta": delta, "finish_reason": finish.map { .string($0) } ?? .null,
                        ])
                    ]),
                ]))
        }
        var events = [chunk(.object(["role": .string("assistant"), "content": .string("")]))]
        if case .toolCall(let name, let arguments) = reply {
            events.append(
                chunk(
                    .object(["tool_calls": .array([Self.openAIToolCall(name: name, arguments: arguments, index: 0)])])))
        } else {
            let pieces = reply.isStall ? [text ?? ""] : Self.words(text ?? "")
            events += pieces.map { chunk(.object(["content": .string($0)])) }
        }
        events.append(chunk(.object([:]), finish: text == nil ? "tool_calls" : "stop"))
        events.append(
            Self.data(
                .object([
                    "id": .string("chatcmpl-double"), "object": .string("chat.completion.chunk"),
                    "model": .string(model), "choices": .array([]), "usage": Self.openAIUsage(usage),
                ])))
        return events + ["data: [DONE]\n\n"]
    }

    private func anthropicEvents(_ reply: Reply, model: String) -> [String] {
        let (text, usage) = reply.textAndUsage
        func event(_ name: String, _ members: [String: JSONValue]) -> String {
            "event: \(name)\n" + Self.data(.object(members.merging(["type": .string(name)]) { _, new in new }))
        }
        let start = event(
            "message_start",
            [
                "message": .object([
                    "id": .string("msg_double"), "type": .string("message"), "role": .string("assistant"),
                    "model": .string(model), "content": .array([]),
                    "usage": .object(["input_tokens": .number(Double(usage.input)), "output_tokens": .number(1)]),
                ])
            ])
        var events = [start]
        if case .toolCall(let name, let arguments) = reply {
            events.append(
                event(
                    "content_block_start",
                    [
                        "index": .number(0),
                        "content_block": .object([
                            "type": .string("tool_use"), "id": .string("toolu_double"), "name": .string(name),
                            "input": .object([:]),
                        ]),
                    ]))
            events.append(
                event(
                    "content_block_delta",
                    [
                        "index": .number(0),
                        "delta": .object(["type": .string("input_json_delta"), "partial_json": .string(arguments)]),
                    ]))
        } else {
            events.append(
                event(
                    "content_block_start",
                    ["index": .number(0), "content_block": .object(["type": .string("text"), "text": .string("")])]))
            let pieces = reply.isStall ? [text ?? ""] : Self.words(text ?? "")
            events += pieces.map {
                event(
                    "content_block_delta",
                    ["index": .number(0), "delta": .object(["type": .string("text_delta"), "text": .string($0)])])
            }
        }
        events.append(event("content_block_stop", ["index": .number(0)]))
        events.append(
            event(
                "message_delta",
                [
                    "delta": .object(["stop_reason": .string(text == nil ? "tool_use" : "end_turn")]),
                    "usage": .object(["output_tokens": .number(Double(usage.output))]),
                ]))
        return events + [event("message_stop", [:])]
    }

    private static func data(_ value: JSONValue) -> String {
        "data: \(value.jsonText)\n\n"
    }

    private static func words(_ text: String) -> [String] {
        var pieces: [String] = []
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            pieces.append(index == 0 ? String(word) : " " + word)
        }
        return pieces.filter { !$0.isEmpty }
    }

    private static func openAIUsage(_ usage: (input: Int, output: Int)) -> JSONValue {
        .object([
            "prompt_tokens": .number(Double(usage.input)), "completion_tokens": .number(Double(usage.output)),
            "total_tokens": .number(Double(usage.input + usage.output)),
        ])
    }

    private static func openAIToolCall(name: String, arguments: String, index: Int?) -> JSONValue {
        var call: [String: JSONValue] = [
            "id": .string("call_double"), "type": .string("function"),
            "function": .object(["name": .string(name), "arguments": .string(arguments)]),
        ]
        if let index { call["index"] = .number(Double(index)) }
        return .object(call)
    }
}

extension ModelProviderDouble.Reply {
    /// The answer's text (`nil` for a tool call) and its token counts.
    var textAndUsage: (text: String?, usage: (input: Int, output: Int)) {
        switch self {
        case .answer(let text, let input, let output): (text, (input, output))
        case .stall(let text, _): (text, (12, 7))
        case .toolCall: (nil, (12, 7))
        default: ("", (0, 0))
        }
    }

    var isStall: Bool {
        if case .stall = self { true } else { false }
    }
}
