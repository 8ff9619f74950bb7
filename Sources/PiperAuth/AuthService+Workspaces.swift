import Foundation
import PiperCore

/// A workspace the caller belongs to.
package struct WorkspaceMembership: Hashable, Sendable {
    /// The workspace.
    package var workspace: Workspace
    /// The caller's role there.
    package var role: Membership.Role
}

extension AuthService {
    /// The workspaces a user belongs to, oldest membership first.
    package func workspaces(of user: User.ID) async throws -> [WorkspaceMembership] {
        var result: [WorkspaceMembership] = []
        for membership in try await stores.accounts.memberships(user) {
            guard let workspace = try await stores.accounts.workspace(membership.workspaceID) else { continue }
            result.append(WorkspaceMembership(workspace: workspace, role: membership.role))
        }
        return result
    }

    /// A signed-in user accepts an invitation to another workspace.
    package func acceptInvitation(
        _ token: String, by authentication: Authentication, origin: RequestOrigin
    ) async throws -> Membership {
        try requireOwnSession(authentication, to: "accept an invitation")
        guard let user = try await stores.accounts.user(authentication.principal.userID) else {
            throw AccountError.sessionInvalid
        }
        let membership = try await stores.logins.joinByInvitation(user, OpaqueToken.hash(token), clock.now())
        try await record(
            .invitationAccepted, about: Scope(workspace: membership.workspaceID, owner: user.id), actor: user.id,
            target: user.email ?? user.id.description, detail: membership.role.rawValue, origin: origin)
        return membership
    }

    /// Starts a session in another of the caller's workspaces.
    package func switchWorkspace(
        to workspace: Workspace.ID, by authentication: Authentication, origin: RequestOrigin
    ) async throws -> IssuedTokens {
        try requireOwnSession(authentication, to: "switch workspaces")
        let user = authentication.principal.userID
        guard let role = try await stores.members.role(workspace, user) else {
            throw AccountError.notFound("workspace")
        }
        let principal = Principal(userID: user, workspaceID: workspace, role: role)
        let issued = try await beginSession(principal, method: .password, origin: origin)
        try await record(
            .workspaceSwitched, about: principal.scope, actor: user, target: workspace.description, origin: origin)
        return issued
    }

    /// Throws for API tokens: these steps belong to the person, not to a token acting for them.
    func requireOwnSession(_ authentication: Authentication, to action: String) throws {
        if case .apiToken = authentication.credential {
            throw AccountError.forbidden("An API token can't \(action); sign in instead.")
        }
    }
}
