/// Workspaces, users and memberships: the tenants and the people in them.
package struct AccountStore: Sendable {
    /// Creates the first workspace, user and owner membership of an empty installation in one step.
    ///
    /// When any workspace already exists nothing is written and the earliest owner is returned, so
    /// concurrent first starts of several instances agree on one local principal.
    package var claimInstallation: @Sendable (_ workspace: Workspace, _ owner: User) async throws -> Principal

    /// Stores a new workspace.
    package var insertWorkspace: @Sendable (_ workspace: Workspace) async throws -> Void

    /// Stores a new user.
    package var insertUser: @Sendable (_ user: User) async throws -> Void

    /// Adds a user to a workspace, or changes the role of an existing member.
    package var upsertMembership: @Sendable (_ membership: Membership) async throws -> Void

    /// Looks up a workspace.
    package var workspace: @Sendable (_ id: Workspace.ID) async throws -> Workspace?

    /// Looks up a user.
    package var user: @Sendable (_ id: User.ID) async throws -> User?

    /// The memberships of one user, oldest first.
    package var memberships: @Sendable (_ user: User.ID) async throws -> [Membership]

    /// Creates a store from its endpoints.
    package init(
        claimInstallation: @escaping @Sendable (_ workspace: Workspace, _ owner: User) async throws -> Principal,
        insertWorkspace: @escaping @Sendable (_ workspace: Workspace) async throws -> Void,
        insertUser: @escaping @Sendable (_ user: User) async throws -> Void,
        upsertMembership: @escaping @Sendable (_ membership: Membership) async throws -> Void,
        workspace: @escaping @Sendable (_ id: Workspace.ID) async throws -> Workspace?,
        user: @escaping @Sendable (_ id: User.ID) async throws -> User?,
        memberships: @escaping @Sendable (_ user: User.ID) async throws -> [Membership]
    ) {
        self.claimInstallation = claimInstallation
        self.insertWorkspace = insertWorkspace
        self.insertUser = insertUser
        self.upsertMembership = upsertMembership
        self.workspace = workspace
        self.user = user
        self.memberships = memberships
    }
}
