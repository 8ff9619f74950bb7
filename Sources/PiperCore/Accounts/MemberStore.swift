import Foundation

/// A workspace's members and their roles.
package struct MemberStore: Sendable {
    /// Every member of a workspace, oldest first.
    package var list: @Sendable (_ workspace: Workspace.ID) async throws -> [Member]
    /// A user's role in a workspace, or `nil` when they are not a member.
    package var role: @Sendable (_ workspace: Workspace.ID, _ user: User.ID) async throws -> Membership.Role?
    /// Changes a member's role; refuses to leave the workspace without an owner.
    package var setRole:
        @Sendable (_ workspace: Workspace.ID, _ user: User.ID, _ role: Membership.Role) async throws -> Void
    /// Removes a member and ends their sessions (their data stays until erased); refuses to remove the last owner.
    package var remove: @Sendable (_ workspace: Workspace.ID, _ user: User.ID, _ now: Date) async throws -> Void

    /// Creates a store from its endpoints.
    package init(
        list: @escaping @Sendable (_ workspace: Workspace.ID) async throws -> [Member],
        role: @escaping @Sendable (_ workspace: Workspace.ID, _ user: User.ID) async throws -> Membership.Role?,
        setRole:
            @escaping @Sendable (_ workspace: Workspace.ID, _ user: User.ID, _ role: Membership.Role)
            async throws -> Void,
        remove: @escaping @Sendable (_ workspace: Workspace.ID, _ user: User.ID, _ now: Date) async throws -> Void
    ) {
        self.list = list
        self.role = role
        self.setRole = setRole
        self.remove = remove
    }
}
