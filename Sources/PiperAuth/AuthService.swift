import Foundation
import Logging
import PiperCore

/// Accounts, sign-in, sessions, tokens and workspace administration, with every sensitive step audited.
package struct AuthService: Sendable {
    /// The stores it works on.
    package let stores: AuthStores
    /// bcrypt.
    package let hasher: PasswordHasher
    /// Access token minting and checks.
    package let tokens: AccessTokens
    /// Lifetimes and limits.
    package let settings: AuthSettings
    /// The clock.
    package let clock: DateGenerator
    /// Identifier source.
    package let ids: IDGenerator
    let logger: Logger

    /// Creates the service.
    package init(
        stores: AuthStores, hasher: PasswordHasher, tokens: AccessTokens, settings: AuthSettings = AuthSettings(),
        clock: DateGenerator, ids: IDGenerator, logger: Logger = Logger(label: "piper.auth")
    ) {
        self.stores = stores
        self.hasher = hasher
        self.tokens = tokens
        self.settings = settings
        self.clock = clock
        self.ids = ids
        self.logger = logger
    }

    /// Records an audit entry about `scope`'s user.
    package func record(
        _ action: AuditEvent.Action, about scope: Scope, actor: User.ID?, target: String, detail: String? = nil,
        origin: RequestOrigin
    ) async throws {
        try await stores.audit.record(
            AuditEvent(
                id: ids.next(), scope: scope, actor: actor, action: action, target: target,
                requestID: origin.requestID, createdAt: clock.now(), detail: detail))
    }

    /// Starts a session for a principal whose identity is already proven, and mints its first tokens.
    package func beginSession(
        _ principal: Principal, method: SignInSession.Method, origin: RequestOrigin? = nil
    ) async throws -> IssuedTokens {
        let now = clock.now()
        let session = SignInSession(
            id: ids.next(), scope: principal.scope, method: method, createdAt: now, lastUsedAt: now,
            client: origin?.client, address: origin?.address)
        let refresh = OpaqueToken.generate(prefix: TokenPrefix.refresh)
        let refreshExpiry = now.addingTimeInterval(settings.refreshLifetime)
        try await stores.sessions.begin(session, OpaqueToken.hash(refresh), refreshExpiry)
        return try await issue(principal, session: session.id, refresh: refresh, refreshExpiresAt: refreshExpiry)
    }

    func issue(_ principal: Principal, session: SignInSession.ID, refresh: String, refreshExpiresAt: Date)
        async throws -> IssuedTokens
    {
        let access = try await tokens.mint(
            scope: principal.scope, session: session, tokenID: ids.nextUUID().uuidString, at: clock.now())
        return IssuedTokens(
            principal: principal, session: session, accessToken: access.token, accessExpiresAt: access.expiresAt,
            refreshToken: refresh, refreshExpiresAt: refreshExpiresAt)
    }

    /// The principal of a user's membership in `workspace`, or of their first membership.
    func principal(of user: User.ID, in workspace: Workspace.ID? = nil) async throws -> Principal? {
        let memberships = try await stores.accounts.memberships(user)
        let chosen = workspace.map { id in memberships.first { $0.workspaceID == id } } ?? memberships.first
        guard let membership = chosen else { return nil }
        return Principal(userID: user, workspaceID: membership.workspaceID, role: membership.role)
    }
}
