import Foundation

/// The activity ledger: what Piper created, changed or showed for a user.
package struct LedgerStore: Sendable {
    /// Records entries.
    package var append: @Sendable (_ scope: Scope, _ entries: [LedgerEntry]) async throws -> Void
    /// The scope's entries since a moment, newest first, optionally for one conversation.
    package var entries:
        @Sendable (_ scope: Scope, _ since: Date, _ conversationID: Conversation.ID?, _ limit: Int) async throws
            -> [LedgerEntry]

    /// Creates a store from its endpoints.
    package init(
        append: @escaping @Sendable (_ scope: Scope, _ entries: [LedgerEntry]) async throws -> Void,
        entries:
            @escaping @Sendable (_ scope: Scope, _ since: Date, _ conversationID: Conversation.ID?, _ limit: Int)
            async throws -> [LedgerEntry]
    ) {
        self.append = append
        self.entries = entries
    }
}
