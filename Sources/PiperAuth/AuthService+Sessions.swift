import Foundation
import PiperCore

extension AuthService {
    /// Trades a refresh token for new tokens. A spent token revokes its whole session and is audited.
    package func refresh(_ token: String, origin: RequestOrigin) async throws -> IssuedTokens {
        guard token.hasPrefix(TokenPrefix.refresh) else { throw AccountError.sessionInvalid }
        let next = OpaqueToken.generate(prefix: TokenPrefix.refresh)
        let expiry = clock.now().addingTimeInterval(settings.refreshLifetime)
        switch try await stores.sessions.rotate(OpaqueToken.hash(token), OpaqueToken.hash(next), expiry, clock.now()) {
        case .unknown:
            throw AccountError.sessionInvalid
        case .reused(let session):
            try await record(
                .refreshTokenReused, about: session.scope, actor: nil, target: session.id.description,
                detail: origin.address, origin: origin)
            throw AccountError.refreshTokenReused
        case .rotated(let session):
            guard let role = try await stores.members.role(session.scope.workspace, session.scope.owner) else {
                throw AccountError.sessionInvalid
            }
            let principal = Principal(userID: session.scope.owner, workspaceID: session.scope.workspace, role: role)
            return try await issue(principal, session: session.id, refresh: next, refreshExpiresAt: expiry)
        }
    }

    /// Identifies the bearer of an access token or API token; `nil` when it proves nothing.
    package func authenticate(bearer: String) async throws -> Authentication? {
        let now = clock.now()
        if bearer.hasPrefix(TokenPrefix.apiToken) {
            guard let found = try await stores.apiTokens.authenticate(OpaqueToken.hash(bearer), now) else { return nil }
            let principal = Principal(
                userID: found.token.scope.owner, workspaceID: found.token.scope.workspace, role: found.role)
            return Authentication(principal: principal, credential: .apiToken(found.token.id, found.token.permission))
        }
        guard let grant = await tokens.verify(bearer, at: now),
            let role = try await stores.sessions.activeRole(grant.scope, grant.session)
        else { return nil }
        let principal = Principal(userID: grant.scope.owner, workspaceID: grant.scope.workspace, role: role)
        return Authentication(principal: principal, credential: .session(grant.session))
    }

    /// Ends the caller's session: its refresh token and every access token minted from it stop working.
    package func signOut(_ authentication: Authentication, origin: RequestOrigin) async throws {
        guard case .session(let session) = authentication.credential else { return }
        let scope = authentication.principal.scope
        try await stores.sessions.revoke(scope, session, clock.now())
        try await record(.signedOut, about: scope, actor: scope.owner, target: session.description, origin: origin)
    }

    /// The caller's live sessions.
    package func sessions(of principal: Principal) async throws -> [SignInSession] {
        try await stores.sessions.list(principal.scope)
    }
}
