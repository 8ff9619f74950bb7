/// Who is acting: a user, in one workspace, with a role there.
package struct Principal: Hashable, Sendable, Codable {
    /// The acting user.
    package var userID: User.ID
    /// The workspace they act in.
    package var workspaceID: Workspace.ID
    /// Their role in that workspace.
    package var role: Membership.Role

    /// Creates a principal.
    package init(userID: User.ID, workspaceID: Workspace.ID, role: Membership.Role) {
        self.userID = userID
        self.workspaceID = workspaceID
        self.role = role
    }

    /// The scope of the principal's own data.
    package var scope: Scope { Scope(workspace: workspaceID, owner: userID) }
}
