import Foundation

/// A turn before the store has numbered it.
package struct TurnDraft: Hashable, Sendable {
    /// The new turn's identifier.
    package var id: Turn.ID
    /// The conversation it joins.
    package var conversationID: Conversation.ID
    /// Who spoke.
    package var speaker: Turn.Speaker
    /// What was said.
    package var text: String
    /// When it was said.
    package var createdAt: Date
    /// What Piper recorded about the turn, if anything.
    package var details: TurnDetails?

    /// Creates a draft turn.
    package init(
        id: Turn.ID, conversationID: Conversation.ID, speaker: Turn.Speaker, text: String, createdAt: Date,
        details: TurnDetails? = nil
    ) {
        self.id = id
        self.conversationID = conversationID
        self.speaker = speaker
        self.text = text
        self.createdAt = createdAt
        self.details = details
    }
}
