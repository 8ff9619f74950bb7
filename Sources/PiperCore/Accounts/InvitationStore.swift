import Foundation

/// Invitations to workspaces. Tokens are stored only as hashes; redeeming happens in ``LoginStore``.
package struct InvitationStore: Sendable {
    /// Stores a new invitation under the hash of its token.
    package var insert: @Sendable (_ invitation: Invitation, _ tokenHash: String) async throws -> Void
    /// A workspace's invitations, newest first.
    package var list: @Sendable (_ workspace: Workspace.ID) async throws -> [Invitation]
    /// Withdraws an open invitation.
    package var revoke: @Sendable (_ workspace: Workspace.ID, _ id: Invitation.ID, _ now: Date) async throws -> Void
    /// The open invitation with this token hash (not accepted, revoked or expired at `now`), without spending it.
    package var open: @Sendable (_ tokenHash: String, _ now: Date) async throws -> Invitation?

    /// Creates a store from its endpoints.
    package init(
        insert: @escaping @Sendable (_ invitation: Invitation, _ tokenHash: String) async throws -> Void,
        list: @escaping @Sendable (_ workspace: Workspace.ID) async throws -> [Invitation],
        revoke: @escaping @Sendable (_ workspace: Workspace.ID, _ id: Invitation.ID, _ now: Date) async throws -> Void,
        open: @escaping @Sendable (_ tokenHash: String, _ now: Date) async throws -> Invitation?
    ) {
        self.open = open
        self.insert = insert
        self.list = list
        self.revoke = revoke
    }
}
