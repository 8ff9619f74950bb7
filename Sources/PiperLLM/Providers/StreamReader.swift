import PiperCore

/// Reads a provider's event stream: bytes to server-sent events to text pieces and a whole answer.
struct StreamReader: Sendable {
    private enum Accumulator: Sendable {
        case openAI(OpenAIChat.StreamAccumulator)
        case anthropic(AnthropicMessages.StreamAccumulator)
    }

    private var parser = ServerSentEventParser()
    private var accumulator: Accumulator

    init(kind: ModelProviderKind, schemaTool: String?) {
        accumulator =
            switch kind {
            case .openai: .openAI(.init())
            case .anthropic: .anthropic(.init(schemaTool: schemaTool))
            }
    }

    /// Whether the provider marked the end of the answer.
    var isDone: Bool {
        switch accumulator {
        case .openAI(let openAI): openAI.isDone
        case .anthropic(let anthropic): anthropic.isDone
        }
    }

    /// The whole answer so far.
    var answer: WireAnswer {
        switch accumulator {
        case .openAI(let openAI): openAI.answer
        case .anthropic(let anthropic): anthropic.answer
        }
    }

    mutating func consume(_ bytes: [UInt8], onText: (String) -> Void) throws(WireError) {
        for event in parser.consume(bytes) where !isDone { try handle(event, onText: onText) }
    }

    /// Handles what the parser still holds; throws when the stream ended before the answer did.
    mutating func finish(onText: (String) -> Void) throws(WireError) {
        if !isDone {
            for event in parser.finish() where !isDone { try handle(event, onText: onText) }
        }
        guard isDone || answer.finishReason != nil else { throw .malformed("the stream ended before the answer did") }
    }

    private mutating func handle(_ event: ServerSentEvent, onText: (String) -> Void) throws(WireError) {
        let text: String
        switch accumulator {
        case .openAI(var openAI):
            text = try openAI.consume(event)
            accumulator = .openAI(openAI)
        case .anthropic(var anthropic):
            text = try anthropic.consume(event)
            accumulator = .anthropic(anthropic)
        }
        if !text.isEmpty { onText(text) }
    }
}
