import Foundation

/// Conversations and their turns, always within one user's scope.
package struct ConversationStore: Sendable {
    /// Stores a new conversation; its scope is the one it carries.
    package var insert: @Sendable (_ conversation: Conversation) async throws -> Void

    /// Finds a conversation in the scope; another scope's conversation is `nil`.
    package var find: @Sendable (_ scope: Scope, _ id: Conversation.ID) async throws -> Conversation?

    /// The scope's conversations, most recently active first.
    package var list: @Sendable (_ scope: Scope, _ page: Page) async throws -> [Conversation]

    /// Renames a conversation; throws ``ConversationError/notFound(_:)`` outside the scope.
    package var rename:
        @Sendable (_ scope: Scope, _ id: Conversation.ID, _ title: String, _ at: Date) async throws -> Conversation

    /// Deletes a conversation and its turns; throws ``ConversationError/notFound(_:)`` outside the scope.
    package var delete: @Sendable (_ scope: Scope, _ id: Conversation.ID) async throws -> Void

    /// Appends turns to one conversation at the next sequence numbers, in order and atomically, and marks the
    /// conversation active; throws ``ConversationError/notFound(_:)`` outside the scope.
    package var appendTurns: @Sendable (_ scope: Scope, _ drafts: [TurnDraft]) async throws -> [Turn]

    /// The turns of a conversation in order, after a sequence number.
    package var turns:
        @Sendable (_ scope: Scope, _ id: Conversation.ID, _ afterSequence: Int, _ limit: Int) async throws -> [Turn]

    /// The conversation's latest turns, at most `limit`, oldest first: read backwards by sequence, so a long
    /// conversation costs no more than a short one.
    package var latestTurns: @Sendable (_ scope: Scope, _ id: Conversation.ID, _ limit: Int) async throws -> [Turn]

    /// Creates a store from its endpoints.
    package init(
        insert: @escaping @Sendable (_ conversation: Conversation) async throws -> Void,
        find: @escaping @Sendable (_ scope: Scope, _ id: Conversation.ID) async throws -> Conversation?,
        list: @escaping @Sendable (_ scope: Scope, _ page: Page) async throws -> [Conversation],
        rename:
            @escaping @Sendable (_ scope: Scope, _ id: Conversation.ID, _ title: String, _ at: Date)
            async throws -> Conversation,
        delete: @escaping @Sendable (_ scope: Scope, _ id: Conversation.ID) async throws -> Void,
        appendTurns: @escaping @Sendable (_ scope: Scope, _ drafts: [TurnDraft]) async throws -> [Turn],
        turns:
            @escaping @Sendable (_ scope: Scope, _ id: Conversation.ID, _ afterSequence: Int, _ limit: Int)
            async throws -> [Turn],
        latestTurns: @escaping @Sendable (_ scope: Scope, _ id: Conversation.ID, _ limit: Int) async throws -> [Turn]
    ) {
        self.insert = insert
        self.find = find
        self.list = list
        self.rename = rename
        self.delete = delete
        self.appendTurns = appendTurns
        self.turns = turns
        self.latestTurns = latestTurns
    }
}

extension ConversationStore {
    /// Appends one turn at the next sequence number (see ``appendTurns``).
    package func appendTurn(_ scope: Scope, _ draft: TurnDraft) async throws -> Turn {
        guard let turn = try await appendTurns(scope, [draft]).first else {
            throw ConversationError.notFound(draft.conversationID)
        }
        return turn
    }
}
