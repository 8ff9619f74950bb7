import Foundation

/// A note Piper posts into a conversation at a given time.
package struct Reminder: Hashable, Sendable, Codable, Identifiable {
    /// The reminder's identifier.
    package typealias ID = Identifier<Reminder>

    /// Where the reminder is in its life.
    package enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Waiting for its time.
        case pending
        /// Posted.
        case fired
        /// Called off by the user.
        case cancelled
    }

    /// The reminder's identifier.
    package var id: ID
    /// Whose reminder it is.
    package var scope: Scope
    /// The conversation to post into; `nil` when it was deleted (Piper then uses the latest one).
    package var conversationID: Conversation.ID?
    /// What to remind about.
    package var text: String
    /// When to remind.
    package var dueAt: Date
    /// Pending, fired or cancelled.
    package var status: Status
    /// When it was created.
    package var createdAt: Date
    /// When it was posted.
    package var firedAt: Date?

    /// Creates a reminder value.
    package init(
        id: ID, scope: Scope, conversationID: Conversation.ID?, text: String, dueAt: Date, status: Status,
        createdAt: Date, firedAt: Date? = nil
    ) {
        self.id = id
        self.scope = scope
        self.conversationID = conversationID
        self.text = text
        self.dueAt = dueAt
        self.status = status
        self.createdAt = createdAt
        self.firedAt = firedAt
    }
}
