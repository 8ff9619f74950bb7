import PiperCore

extension AnthropicMessages {
    /// Accumulates Messages stream events: text and tool-input deltas by block index, usage and stop reason.
    package struct StreamAccumulator: Sendable {
        private struct Block: Sendable {
            var type: String
            var id = ""
            var name = ""
            var content = ""
        }

        private let schemaTool: String?
        private var blocks: [Int: Block] = [:]
        private var usage = ModelUsage.zero
        private var model: String?
        private var stopReason: String?
        /// Whether `message_stop` arrived.
        package private(set) var isDone = false

        /// Creates an accumulator; `schemaTool` names the forced tool whose input is the answer's text.
        package init(schemaTool: String?) {
            self.schemaTool = schemaTool
        }

        /// Consumes one event and returns the text it adds.
        package mutating func consume(_ event: ServerSentEvent) throws(WireError) -> String {
            guard let json = JSONValue.parse(event.data) else { throw .malformed("an event that is not JSON") }
            switch json["type"]?.stringValue ?? event.event {
            case "message_start":
                model = json["message"]?["model"]?.stringValue
                usage = AnthropicMessages.usage(json["message"]?["usage"])
            case "content_block_start": start(json)
            case "content_block_delta": return delta(json)
            case "message_delta":
                stopReason = json["delta"]?["stop_reason"]?.stringValue ?? stopReason
                if let output = json["usage"]?["output_tokens"]?.intValue { usage.outputTokens = output }
                if let input = json["usage"]?["input_tokens"]?.intValue, input > 0 { usage.inputTokens = input }
            case "message_stop": isDone = true
            case "error": throw AnthropicMessages.providerError(json["error"])
            default: break
            }
            return ""
        }

        private mutating func start(_ json: JSONValue) {
            let index = json["index"]?.intValue ?? 0
            let block = json["content_block"]
            blocks[index] = Block(
                type: block?["type"]?.stringValue ?? "text", id: block?["id"]?.stringValue ?? "",
                name: block?["name"]?.stringValue ?? "", content: block?["text"]?.stringValue ?? "")
        }

        private mutating func delta(_ json: JSONValue) -> String {
            let index = json["index"]?.intValue ?? 0
            var block = blocks[index] ?? Block(type: "text")
            let piece = json["delta"]?["text"]?.stringValue ?? json["delta"]?["partial_json"]?.stringValue ?? ""
            block.content += piece
            blocks[index] = block
            let isAnswerText = block.type == "text" || (block.type == "tool_use" && block.name == schemaTool)
            return isAnswerText ? piece : ""
        }

        /// The whole answer so far.
        package var answer: WireAnswer {
            var text = ""
            var calls: [ModelToolCall] = []
            for (_, block) in blocks.sorted(by: { $0.key < $1.key }) {
                if block.type == "text" {
                    text += block.content
                } else if block.type == "tool_use", block.name == schemaTool {
                    text = block.content
                } else if block.type == "tool_use" {
                    calls.append(
                        ModelToolCall(
                            id: block.id, name: block.name, arguments: block.content.isEmpty ? "{}" : block.content))
                }
            }
            return WireAnswer(text: text, toolCalls: calls, usage: usage, model: model, finishReason: stopReason)
        }
    }
}
