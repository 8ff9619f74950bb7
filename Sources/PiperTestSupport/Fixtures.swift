import Foundation
import PiperCore

/// Small, readable domain values for tests.
package enum Fixtures {
    /// A fixed instant with whole seconds, which every backend stores exactly.
    package static let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// A workspace named `name`.
    package static func workspace(_ name: String = "Acme", ids: IDGenerator = .random) -> Workspace {
        Workspace(id: ids.next(), name: name, createdAt: now)
    }

    /// A user named `name`.
    package static func user(_ name: String = "Alex", email: String? = nil, ids: IDGenerator = .random) -> User {
        User(id: ids.next(), displayName: name, email: email, timeZone: "Europe/Berlin", createdAt: now)
    }

    /// Creates a workspace with one member and returns that member's scope.
    package static func makeScope(
        in accounts: AccountStore, workspace: Workspace? = nil, role: Membership.Role = .owner
    )
        async throws -> Scope
    {
        let workspace = workspace ?? Self.workspace()
        if try await accounts.workspace(workspace.id) == nil {
            try await accounts.insertWorkspace(workspace)
        }
        let user = Self.user()
        try await accounts.insertUser(user)
        try await accounts.upsertMembership(
            Membership(workspaceID: workspace.id, userID: user.id, role: role, createdAt: now)
        )
        return Scope(workspace: workspace.id, owner: user.id)
    }

    /// A conversation in `scope`.
    package static func conversation(in scope: Scope, title: String = "Planning", at date: Date = now) -> Conversation {
        Conversation(id: IDGenerator.random.next(), scope: scope, title: title, createdAt: date, updatedAt: date)
    }

    /// A draft turn for `conversation`.
    package static func draft(
        _ text: String,
        in conversation: Conversation.ID,
        speaker: Turn.Speaker = .user,
        at date: Date = now
    ) -> TurnDraft {
        TurnDraft(
            id: IDGenerator.random.next(), conversationID: conversation, speaker: speaker, text: text, createdAt: date)
    }
}
