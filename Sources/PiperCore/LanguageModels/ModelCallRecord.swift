import Foundation

/// One call to a language model, as accounted: who, what for, which model, tokens, cost, time and outcome.
package struct ModelCallRecord: Hashable, Sendable, Identifiable {
    /// The record's identifier.
    package typealias ID = Identifier<ModelCallRecord>

    /// How the call ended.
    package enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        /// The model answered.
        case success
        /// The provider failed or could not be reached.
        case failure
        /// Piper refused to call: budget, cap or open circuit.
        case refused
    }

    /// The record's identifier.
    package var id: ID
    /// Whose call it was.
    package var scope: Scope
    /// The conversation it served, if any.
    package var conversationID: Conversation.ID?
    /// The user's turn it served, if any.
    package var turnID: Turn.ID?
    /// What it was for.
    package var task: ModelTask
    /// The provider's configured name.
    package var provider: String
    /// The model asked for.
    package var model: String
    /// Tokens sent.
    package var inputTokens: Int
    /// Tokens received.
    package var outputTokens: Int
    /// Cost in micro-dollars from the configured price table.
    package var costMicros: Int64
    /// Wall time of the call, in milliseconds.
    package var latencyMilliseconds: Double
    /// How it ended.
    package var outcome: Outcome
    /// ``ModelError/kind`` when it did not succeed.
    package var errorType: String?
    /// When the call started.
    package var createdAt: Date

    /// Creates a record.
    package init(
        id: ID, scope: Scope, conversationID: Conversation.ID? = nil, turnID: Turn.ID? = nil, task: ModelTask,
        provider: String, model: String, inputTokens: Int = 0, outputTokens: Int = 0, costMicros: Int64 = 0,
        latencyMilliseconds: Double, outcome: Outcome, errorType: String? = nil, createdAt: Date
    ) {
        self.id = id
        self.scope = scope
        self.conversationID = conversationID
        self.turnID = turnID
        self.task = task
        self.provider = provider
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costMicros = costMicros
        self.latencyMilliseconds = latencyMilliseconds
        self.outcome = outcome
        self.errorType = errorType
        self.createdAt = createdAt
    }
}
