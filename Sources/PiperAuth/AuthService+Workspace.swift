import Foundation
import PiperCore

extension AuthService {
    /// Invites an address to the caller's workspace; the token is returned once and stored only as a hash.
    package func invite(
        by admin: Authentication, email: String, role: Membership.Role, origin: RequestOrigin
    ) async throws -> (invitation: Invitation, token: String) {
        try requireAdmin(admin)
        guard role <= admin.principal.role else {
            throw AccountError.forbidden("You can't invite someone with a higher role than your own.")
        }
        let now = clock.now()
        let invitation = Invitation(
            id: ids.next(), workspaceID: admin.principal.workspaceID, email: try EmailAddress(email), role: role,
            invitedBy: admin.principal.userID, expiresAt: now.addingTimeInterval(settings.invitationLifetime),
            createdAt: now)
        let token = OpaqueToken.generate(prefix: TokenPrefix.invitation)
        try await stores.invitations.insert(invitation, OpaqueToken.hash(token))
        try await record(
            .invitationCreated, about: admin.principal.scope, actor: admin.principal.userID,
            target: invitation.email.rawValue, detail: role.rawValue, origin: origin)
        return (invitation, token)
    }

    /// The caller's workspace's invitations (admins only).
    package func invitations(for admin: Authentication) async throws -> [Invitation] {
        try requireAdmin(admin)
        return try await stores.invitations.list(admin.principal.workspaceID)
    }

    /// Withdraws an open invitation (admins only).
    package func revokeInvitation(_ id: Invitation.ID, by admin: Authentication, origin: RequestOrigin) async throws {
        try requireAdmin(admin)
        try await stores.invitations.revoke(admin.principal.workspaceID, id, clock.now())
        try await record(
            .invitationRevoked, about: admin.principal.scope, actor: admin.principal.userID, target: id.description,
            origin: origin)
    }

    /// The caller's workspace's members (any signed-in member may see who else is there).
    package func members(for reader: Authentication) async throws -> [Member] {
        try reader.requireWorkspaceRead()
        return try await stores.members.list(reader.principal.workspaceID)
    }

    /// Changes a member's role. Admins manage members and admins; only owners touch owners.
    package func setRole(
        of user: User.ID, to role: Membership.Role, by admin: Authentication, origin: RequestOrigin
    ) async throws {
        let current = try await manageable(user, by: admin)
        guard role < .owner || admin.principal.role == .owner else {
            throw AccountError.forbidden("Only an owner can make someone an owner.")
        }
        try await stores.members.setRole(admin.principal.workspaceID, user, role)
        try await record(
            .roleChanged, about: Scope(workspace: admin.principal.workspaceID, owner: user),
            actor: admin.principal.userID, target: user.description, detail: "\(current.rawValue) → \(role.rawValue)",
            origin: origin)
    }

    /// Removes a member from the workspace and ends their sessions.
    package func removeMember(_ user: User.ID, by admin: Authentication, origin: RequestOrigin) async throws {
        _ = try await manageable(user, by: admin)
        try await stores.members.remove(admin.principal.workspaceID, user, clock.now())
        try await record(
            .memberRemoved, about: Scope(workspace: admin.principal.workspaceID, owner: user),
            actor: admin.principal.userID, target: user.description, origin: origin)
    }

    /// The member's current role, after checking the caller may manage them.
    private func manageable(_ user: User.ID, by admin: Authentication) async throws -> Membership.Role {
        try requireAdmin(admin)
        guard let current = try await stores.members.role(admin.principal.workspaceID, user) else {
            throw AccountError.notFound("member")
        }
        guard current < .owner || admin.principal.role == .owner else {
            throw AccountError.forbidden("Only an owner can change another owner.")
        }
        return current
    }
}
