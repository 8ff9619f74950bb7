import Foundation
import PiperCore

extension AuthService {
    /// Signs in a person a single-sign-on provider vouched for. The first time, the identity is linked to the
    /// account with the same verified email address or, when there is none, an account is made from an open
    /// invitation to that address.
    package func signIn(with identity: SingleSignOnIdentity, origin: RequestOrigin) async throws -> IssuedTokens {
        let user = try await linkedUser(for: identity, origin: origin)
        guard let principal = try await principal(of: user) else { throw AccountError.invalidCredentials }
        let issued = try await beginSession(principal, method: .singleSignOn, origin: origin)
        try await record(
            .signedIn, about: principal.scope, actor: user, target: "sso", detail: origin.address, origin: origin)
        return issued
    }

    private func linkedUser(for identity: SingleSignOnIdentity, origin: RequestOrigin) async throws -> User.ID {
        if let linked = try await stores.logins.linkedUser(identity.issuer, identity.subject) { return linked }
        guard identity.emailVerified, let address = identity.email else {
            throw AccountError.forbidden(
                "Your sign-in provider has not verified your email address, so it can't be linked.")
        }
        let email = try EmailAddress(address)
        let user: User.ID
        if let record = try await stores.logins.findByEmail(email) {
            user = record.user.id
        } else if let invited = try await accountFromInvitation(email, name: identity.name, origin: origin) {
            user = invited
        } else {
            throw AccountError.forbidden("No Piper account uses \(address). Ask an admin for an invitation.")
        }
        try await stores.logins.link(identity.issuer, identity.subject, user, clock.now())
        return user
    }

    /// An account without a password, made from the newest open invitation to `email`.
    private func accountFromInvitation(_ email: EmailAddress, name: String?, origin: RequestOrigin) async throws
        -> User.ID?
    {
        let now = clock.now()
        let displayName = name.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
            (1...100).contains($0.count) ? $0 : nil
        }
        let account = NewAccount(
            user: User(
                id: ids.next(), displayName: displayName ?? email.localPart, email: email.rawValue, timeZone: "UTC",
                createdAt: now),
            username: Username.suggested(by: email), passwordHash: nil, workspaceName: nil)
        guard let principal = try await stores.logins.joinOpenInvitation(account, now) else { return nil }
        try await record(
            .accountCreated, about: principal.scope, actor: principal.userID, target: email.rawValue, detail: "sso",
            origin: origin)
        return principal.userID
    }
}
