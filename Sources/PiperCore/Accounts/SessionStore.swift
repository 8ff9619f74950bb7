import Foundation

/// What presenting a refresh token did.
package enum RefreshOutcome: Hashable, Sendable {
    /// The token was current: it is now spent and the new one stands in its place.
    case rotated(SignInSession)
    /// The token had already been spent: its whole session is now revoked.
    case reused(SignInSession)
    /// No live session holds that token.
    case unknown
}

/// Signed-in sessions and their rotating refresh tokens (stored as hashes only).
package struct SessionStore: Sendable {
    /// Starts a session with its first refresh token.
    package var begin:
        @Sendable (_ session: SignInSession, _ refreshHash: String, _ refreshExpiresAt: Date) async throws -> Void
    /// Spends a refresh token and stores its successor; a spent token revokes the session instead.
    package var rotate:
        @Sendable (_ refreshHash: String, _ nextHash: String, _ nextExpiresAt: Date, _ now: Date) async throws ->
            RefreshOutcome
    /// The role of a live session's user in its workspace, or `nil` when the session or membership is gone.
    package var activeRole: @Sendable (_ scope: Scope, _ session: SignInSession.ID) async throws -> Membership.Role?
    /// Ends one session.
    package var revoke: @Sendable (_ scope: Scope, _ session: SignInSession.ID, _ now: Date) async throws -> Void
    /// Ends every session of a user in a workspace except, optionally, one.
    package var revokeAll: @Sendable (_ scope: Scope, _ except: SignInSession.ID?, _ now: Date) async throws -> Void
    /// A user's live sessions, newest first.
    package var list: @Sendable (_ scope: Scope) async throws -> [SignInSession]

    /// Creates a store from its endpoints.
    package init(
        begin:
            @escaping @Sendable (_ session: SignInSession, _ refreshHash: String, _ refreshExpiresAt: Date)
            async throws -> Void,
        rotate:
            @escaping @Sendable (_ refreshHash: String, _ nextHash: String, _ nextExpiresAt: Date, _ now: Date)
            async throws -> RefreshOutcome,
        activeRole:
            @escaping @Sendable (_ scope: Scope, _ session: SignInSession.ID) async throws ->
            Membership.Role?,
        revoke: @escaping @Sendable (_ scope: Scope, _ session: SignInSession.ID, _ now: Date) async throws -> Void,
        revokeAll:
            @escaping @Sendable (_ scope: Scope, _ except: SignInSession.ID?, _ now: Date) async throws ->
            Void,
        list: @escaping @Sendable (_ scope: Scope) async throws -> [SignInSession]
    ) {
        self.begin = begin
        self.rotate = rotate
        self.activeRole = activeRole
        self.revoke = revoke
        self.revokeAll = revokeAll
        self.list = list
    }
}
