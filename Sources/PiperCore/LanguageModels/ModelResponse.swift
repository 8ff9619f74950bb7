/// A language model's complete answer.
package struct ModelResponse: Hashable, Sendable {
    /// The text of the answer (JSON text for a schema-constrained call).
    package var text: String
    /// Tools the model asked to run.
    package var toolCalls: [ModelToolCall]
    /// Tokens read and written.
    package var usage: ModelUsage
    /// The provider that answered, by its configured name.
    package var provider: String
    /// The model that answered.
    package var model: String
    /// Why generation stopped, in the provider's words (`stop`, `length`, `tool_calls`, `end_turn`…).
    package var finishReason: String?

    /// Creates a response.
    package init(
        text: String, toolCalls: [ModelToolCall] = [], usage: ModelUsage, provider: String, model: String,
        finishReason: String? = nil
    ) {
        self.text = text
        self.toolCalls = toolCalls
        self.usage = usage
        self.provider = provider
        self.model = model
        self.finishReason = finishReason
    }
}

/// Tokens a call consumed.
package struct ModelUsage: Hashable, Sendable, Codable {
    /// Tokens sent to the model.
    package var inputTokens: Int
    /// Tokens the model wrote.
    package var outputTokens: Int

    /// Creates a usage.
    package init(inputTokens: Int, outputTokens: Int) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }

    /// No tokens.
    package static let zero = ModelUsage(inputTokens: 0, outputTokens: 0)
}

/// One piece of a streamed answer.
package enum ModelStreamEvent: Hashable, Sendable {
    /// More text of the answer.
    case text(String)
    /// The whole answer, with usage; always the last event of a successful stream.
    case finished(ModelResponse)
}
