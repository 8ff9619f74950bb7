import Foundation
import PiperCore

extension AuthService {
    /// Changes the caller's password after checking the current one; their other sessions end.
    package func changePassword(
        _ authentication: Authentication, current: String, new: String, origin: RequestOrigin
    ) async throws {
        try requireOwnSession(authentication, to: "change a password")
        let user = authentication.principal.userID
        guard let login = try await stores.logins.record(user) else { throw AccountError.sessionInvalid }
        if let hash = login.passwordHash {
            guard await hasher.verify(current, hash: hash) else { throw AccountError.currentPasswordWrong }
        }
        try PasswordPolicy.check(new, username: login.username, email: login.user.email)
        try await stores.logins.setPasswordHash(user, await hasher.hash(new))
        var keep: SignInSession.ID?
        if case .session(let session) = authentication.credential { keep = session }
        try await stores.sessions.revokeAll(authentication.principal.scope, keep, clock.now())
        try await record(
            .passwordChanged, about: authentication.principal.scope, actor: user, target: "password", origin: origin)
    }

    /// Mints a single-use reset code for a member (admins and owners only); the code is shown once.
    package func issuePasswordReset(
        by admin: Authentication, for user: User.ID, origin: RequestOrigin
    ) async throws -> (code: String, expiresAt: Date) {
        try requireAdmin(admin)
        let workspace = admin.principal.workspaceID
        guard let role = try await stores.members.role(workspace, user) else { throw AccountError.notFound("member") }
        guard role < .owner || admin.principal.role == .owner else {
            throw AccountError.forbidden("Only an owner can reset an owner's password.")
        }
        guard try await belongsOnlyTo(workspace, user: user) else { throw Self.resetSpansWorkspaces }
        let code = OpaqueToken.generate(prefix: TokenPrefix.reset)
        let now = clock.now()
        let expiry = now.addingTimeInterval(settings.resetLifetime)
        let scope = Scope(workspace: workspace, owner: user)
        try await stores.resets.issue(
            PasswordReset(scope: scope, issuedBy: admin.principal.userID, expiresAt: expiry, createdAt: now),
            OpaqueToken.hash(code))
        try await record(
            .passwordResetIssued, about: scope, actor: admin.principal.userID, target: user.description, origin: origin)
        return (code, expiry)
    }

    /// Sets a new password with a reset code; every session of that user ends. The code is spent only once
    /// the new password has passed the strength rules, so a refused password doesn't waste it.
    package func resetPassword(code: String, new: String, origin: RequestOrigin) async throws {
        let hash = OpaqueToken.hash(code)
        guard let pending = try await stores.resets.find(hash, clock.now()),
            let login = try await stores.logins.record(pending.scope.owner)
        else { throw AccountError.resetCodeInvalid }
        // An admin's code may not reach into a workspace the person joined after it was issued.
        if pending.issuedBy != pending.scope.owner,
            try await !belongsOnlyTo(pending.scope.workspace, user: pending.scope.owner)
        {
            throw Self.resetSpansWorkspaces
        }
        try PasswordPolicy.check(new, username: login.username, email: login.user.email)
        guard let scope = try await stores.resets.redeem(hash, clock.now())?.scope else {
            throw AccountError.resetCodeInvalid
        }
        try await stores.logins.setPasswordHash(scope.owner, await hasher.hash(new))
        try await stores.sessions.revokeAll(scope, nil, clock.now())
        try await record(.passwordReset, about: scope, actor: scope.owner, target: "password", origin: origin)
    }

    static let resetSpansWorkspaces = AccountError.forbidden(
        "This person also belongs to another workspace, so an admin here can't reset their password. "
            + "They can change it while signed in, or the installation's operator can run piper accounts reset-password."
    )

    /// Whether the user's only membership is in `workspace`: an admin there vouches for nobody elsewhere, so
    /// their reset code must not open the account's other workspaces.
    private func belongsOnlyTo(_ workspace: Workspace.ID, user: User.ID) async throws -> Bool {
        try await stores.accounts.memberships(user).allSatisfy { $0.workspaceID == workspace }
    }

    /// Throws unless the caller is an admin or owner using a credential allowed to administer.
    func requireAdmin(_ authentication: Authentication) throws {
        try authentication.requireAdministration()
    }
}
