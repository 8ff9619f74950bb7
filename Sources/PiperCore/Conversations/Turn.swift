import Foundation

/// One message in a conversation, from the user or from Piper.
package struct Turn: Hashable, Sendable, Codable, Identifiable {
    /// The turn's identifier.
    package typealias ID = Identifier<Turn>

    /// Who spoke.
    package enum Speaker: String, Hashable, Sendable, Codable, CaseIterable {
        /// The person.
        case user
        /// Piper.
        case piper
    }

    /// The turn's identifier.
    package var id: ID
    /// The conversation the turn belongs to.
    package var conversationID: Conversation.ID
    /// The workspace and user the turn belongs to.
    package var scope: Scope
    /// Position in the conversation, starting at 1 and without gaps.
    package var sequence: Int
    /// Who spoke.
    package var speaker: Speaker
    /// What was said.
    package var text: String
    /// When it was said.
    package var createdAt: Date
    /// What Piper recorded about the turn (intent, slots, blocks, provenance, latency), if anything.
    package var details: TurnDetails?

    /// Creates a turn value.
    package init(
        id: ID,
        conversationID: Conversation.ID,
        scope: Scope,
        sequence: Int,
        speaker: Speaker,
        text: String,
        createdAt: Date,
        details: TurnDetails? = nil
    ) {
        self.id = id
        self.conversationID = conversationID
        self.scope = scope
        self.sequence = sequence
        self.speaker = speaker
        self.text = text
        self.createdAt = createdAt
        self.details = details
    }
}
