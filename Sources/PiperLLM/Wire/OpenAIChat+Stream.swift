import PiperCore

extension OpenAIChat {
    /// Accumulates `chat.completion.chunk` events: text deltas, tool-call fragments by index, and usage.
    package struct StreamAccumulator: Sendable {
        private var text = ""
        private var calls: [Int: ModelToolCall] = [:]
        private var usage = ModelUsage.zero
        private var model: String?
        private var finishReason: String?
        /// Whether `[DONE]` arrived.
        package private(set) var isDone = false

        /// Creates an empty accumulator.
        package init() {}

        /// Consumes one event and returns the text it adds.
        package mutating func consume(_ event: ServerSentEvent) throws(WireError) -> String {
            if event.data == "[DONE]" {
                isDone = true
                return ""
            }
            guard let chunk = JSONValue.parse(event.data) else { throw .malformed("a chunk that is not JSON") }
            if let error = chunk["error"] { throw OpenAIChat.providerError(error) }
            model = chunk["model"]?.stringValue ?? model
            if let reported = chunk["usage"], reported != .null { usage = OpenAIChat.usage(reported) }
            var added = ""
            for choice in chunk["choices"]?.arrayValue ?? [] {
                if let reason = choice["finish_reason"]?.stringValue { finishReason = reason }
                guard let delta = choice["delta"] else { continue }
                if let piece = delta["content"]?.stringValue { added += piece }
                for fragment in delta["tool_calls"]?.arrayValue ?? [] { merge(fragment) }
            }
            text += added
            return added
        }

        private mutating func merge(_ fragment: JSONValue) {
            let index = fragment["index"]?.intValue ?? 0
            var call = calls[index] ?? ModelToolCall(id: "", name: "", arguments: "")
            if let id = fragment["id"]?.stringValue, !id.isEmpty { call.id = id }
            if let name = fragment["function"]?["name"]?.stringValue, !name.isEmpty { call.name = name }
            call.arguments += fragment["function"]?["arguments"]?.stringValue ?? ""
            calls[index] = call
        }

        /// The whole answer so far; usage is zero when the server sent none.
        package var answer: WireAnswer {
            let ordered = calls.sorted { $0.key < $1.key }.map(\.value)
            return WireAnswer(text: text, toolCalls: ordered, usage: usage, model: model, finishReason: finishReason)
        }
    }
}
