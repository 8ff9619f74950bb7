import Foundation

/// Posts due reminders into their conversations; the scheduler service calls this on a timer.
package struct ReminderFiring: Sendable {
    private let reminders: ReminderStore
    private let accounts: AccountStore
    private let ids: IDGenerator
    private let clock: DateGenerator

    /// Creates the use case.
    package init(reminders: ReminderStore, accounts: AccountStore, ids: IDGenerator, clock: DateGenerator) {
        self.reminders = reminders
        self.accounts = accounts
        self.ids = ids
        self.clock = clock
    }

    /// Fires everything due now, in batches, and returns what was posted.
    package func fireDue(batchSize: Int = 50) async throws -> [FiredReminder] {
        let now = clock.now()
        let ids = self.ids
        var fired: [FiredReminder] = []
        while true {
            let batch = try await reminders.fireDue(now, batchSize) { reminder in
                Self.content(for: reminder, ids: ids, now: now)
            }
            fired += batch
            if batch.count < batchSize { return fired }
        }
    }

    /// The turn a fired reminder becomes.
    package static func content(for reminder: Reminder, ids: IDGenerator, now: Date) -> TurnDraftContent {
        TurnDraftContent(
            id: ids.next(), text: "⏰ Reminder: \(reminder.text)",
            details: TurnDetails(
                action: .createReminder, decidedBy: "scheduler",
                provenance: [ProvenanceEntry(source: "your reminders", detail: "set for this time")]),
            fallbackConversation: Conversation(
                id: ids.next(), scope: reminder.scope, title: "Reminders", createdAt: now, updatedAt: now))
    }
}
