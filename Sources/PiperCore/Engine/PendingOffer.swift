import Foundation

/// A question Piper asked in a conversation and is waiting on: a confirmation or a missing detail.
package struct PendingOffer: Hashable, Sendable, Codable {
    /// What Piper is waiting for.
    package enum Kind: Hashable, Sendable, Codable {
        /// A yes or no before a destructive or ambiguous change.
        case confirmation
        /// A value for a required slot, such as the time of a reminder.
        case missingSlot(SlotName)
    }

    /// The conversation the question was asked in.
    package var conversationID: Conversation.ID
    /// The action that will run once answered.
    package var action: ActionName
    /// The slots pinned when the question was asked (for a confirmation, the exact target).
    package var slots: Slots
    /// Confirmation or missing detail.
    package var kind: Kind
    /// The question as asked, quoted back when the answer is unclear.
    package var prompt: String
    /// When it was asked.
    package var createdAt: Date

    /// Creates an offer.
    package init(
        conversationID: Conversation.ID, action: ActionName, slots: Slots, kind: Kind, prompt: String, createdAt: Date
    ) {
        self.conversationID = conversationID
        self.action = action
        self.slots = slots
        self.kind = kind
        self.prompt = prompt
        self.createdAt = createdAt
    }

    /// How long an unanswered question stays open.
    package static let lifetime: TimeInterval = 30 * 60
}
