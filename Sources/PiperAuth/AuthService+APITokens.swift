import Foundation
import PiperCore

extension AuthService {
    /// Creates a personal API token; the secret is returned once and stored only as a hash. Only a signed-in
    /// person can mint one, so a leaked token cannot mint its own successor.
    package func createAPIToken(
        for owner: Authentication, name: String, permission: APIToken.Permission, days: Int?, origin: RequestOrigin
    ) async throws -> (token: APIToken, secret: String) {
        try requireOwnSession(owner, to: "create an API token")
        let label = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...80).contains(label.count) else {
            throw AccountError.invalidToken("A token needs a name of 1 to 80 characters.")
        }
        let lifetime = days ?? settings.apiTokenDefaultDays
        guard (1...settings.apiTokenMaximumDays).contains(lifetime) else {
            throw AccountError.invalidToken("A token can live from 1 to \(settings.apiTokenMaximumDays) days.")
        }
        let now = clock.now()
        let token = APIToken(
            id: ids.next(), scope: owner.principal.scope, name: label, permission: permission,
            expiresAt: now.addingTimeInterval(Double(lifetime) * 86_400), createdAt: now)
        let secret = OpaqueToken.generate(prefix: TokenPrefix.apiToken)
        try await stores.apiTokens.insert(token, OpaqueToken.hash(secret))
        try await record(
            .tokenCreated, about: owner.principal.scope, actor: owner.principal.userID, target: label,
            detail: permission.rawValue, origin: origin)
        return (token, secret)
    }

    /// The caller's API tokens, revoked ones included.
    package func apiTokens(of principal: Principal) async throws -> [APIToken] {
        try await stores.apiTokens.list(principal.scope)
    }

    /// Revokes one of the caller's API tokens.
    package func revokeAPIToken(_ id: APIToken.ID, by owner: Authentication, origin: RequestOrigin) async throws {
        try await stores.apiTokens.revoke(owner.principal.scope, id, clock.now())
        try await record(
            .tokenRevoked, about: owner.principal.scope, actor: owner.principal.userID, target: id.description,
            origin: origin)
    }
}
