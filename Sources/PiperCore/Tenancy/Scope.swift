/// The tenant and owner every read and write of user data is confined to.
///
/// Store APIs over owner-bearing data take a non-optional `Scope`; there is no unscoped read.
package struct Scope: Hashable, Sendable, Codable {
    /// The tenant.
    package var workspace: Workspace.ID
    /// The user whose data it is.
    package var owner: User.ID

    /// Creates a scope for one user in one workspace.
    package init(workspace: Workspace.ID, owner: User.ID) {
        self.workspace = workspace
        self.owner = owner
    }
}
