import Foundation
import PiperCore

/// What the installation's operator may do from the command line, with database access but no session:
/// recover a locked-out owner and invite the first people without opening sign-up to whoever comes first.
extension AuthService {
    /// A single-use reset code for the account with this username or email, issued by the operator.
    package func operatorPasswordReset(
        for identifier: String, origin: RequestOrigin
    ) async throws -> (code: String, expiresAt: Date, principal: Principal) {
        guard let login = try await stores.logins.find(identifier),
            let principal = try await principal(of: login.user.id)
        else { throw AccountError.notFound("account called \(identifier)") }
        let code = OpaqueToken.generate(prefix: TokenPrefix.reset)
        let now = clock.now()
        let expiry = now.addingTimeInterval(settings.resetLifetime)
        try await stores.resets.issue(
            PasswordReset(scope: principal.scope, issuedBy: login.user.id, expiresAt: expiry, createdAt: now),
            OpaqueToken.hash(code))
        try await record(
            .passwordResetIssued, about: principal.scope, actor: nil, target: login.user.id.description,
            detail: "operator", origin: origin)
        return (code, expiry, principal)
    }

    /// An invitation to `owner`'s workspace, issued by the operator on the owner's behalf.
    package func operatorInvite(
        email: String, role: Membership.Role, workspaceOwner owner: Principal, origin: RequestOrigin
    ) async throws -> (invitation: Invitation, token: String) {
        let acting = Principal(userID: owner.userID, workspaceID: owner.workspaceID, role: .owner)
        return try await invite(
            by: Authentication(principal: acting, credential: .local), email: email, role: role, origin: origin)
    }
}
