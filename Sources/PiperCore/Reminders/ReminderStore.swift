import Foundation

/// Reminders of every user; reads and changes by a user are scoped, firing is the scheduler's.
package struct ReminderStore: Sendable {
    /// Stores a new reminder.
    package var insert: @Sendable (_ reminder: Reminder) async throws -> Void
    /// The scope's reminders with the given statuses, soonest first.
    package var list: @Sendable (_ scope: Scope, _ statuses: Set<Reminder.Status>) async throws -> [Reminder]
    /// Cancels a pending reminder; throws ``ReminderError/notFound(_:)`` outside the scope.
    package var cancel: @Sendable (_ scope: Scope, _ id: Reminder.ID) async throws -> Reminder
    /// Claims up to `limit` due reminders of any user, posts each into its conversation as a Piper turn
    /// worded by `wording`, and marks it fired — all in one transaction, so no reminder fires twice.
    package var fireDue:
        @Sendable (_ now: Date, _ limit: Int, _ wording: @escaping @Sendable (Reminder) -> TurnDraftContent)
            async throws -> [FiredReminder]

    /// Creates a store from its endpoints.
    package init(
        insert: @escaping @Sendable (_ reminder: Reminder) async throws -> Void,
        list: @escaping @Sendable (_ scope: Scope, _ statuses: Set<Reminder.Status>) async throws -> [Reminder],
        cancel: @escaping @Sendable (_ scope: Scope, _ id: Reminder.ID) async throws -> Reminder,
        fireDue:
            @escaping @Sendable (
                _ now: Date, _ limit: Int, _ wording: @escaping @Sendable (Reminder) -> TurnDraftContent
            ) async throws -> [FiredReminder]
    ) {
        self.insert = insert
        self.list = list
        self.cancel = cancel
        self.fireDue = fireDue
    }
}

/// The words and ID of a turn a store writes on Piper's behalf.
package struct TurnDraftContent: Hashable, Sendable {
    /// The new turn's identifier.
    package var id: Turn.ID
    /// What Piper says.
    package var text: String
    /// Structured details recorded with the turn.
    package var details: TurnDetails
    /// The conversation to start when the user has none left to post into.
    package var fallbackConversation: Conversation

    /// Creates turn content.
    package init(id: Turn.ID, text: String, details: TurnDetails, fallbackConversation: Conversation) {
        self.id = id
        self.text = text
        self.details = details
        self.fallbackConversation = fallbackConversation
    }
}

/// A reminder that was posted, and the turn it became.
package struct FiredReminder: Hashable, Sendable {
    /// The reminder, now fired.
    package var reminder: Reminder
    /// The turn Piper posted.
    package var turn: Turn

    /// Creates the pair.
    package init(reminder: Reminder, turn: Turn) {
        self.reminder = reminder
        self.turn = turn
    }
}

/// Why a reminder operation failed.
package enum ReminderError: Error, Hashable, Sendable {
    /// No such pending reminder in the caller's scope.
    case notFound(Reminder.ID)
    /// The reminder text is empty or too long.
    case invalidText
    /// The time is missing, unreadable or already past.
    case invalidTime(String)
}
