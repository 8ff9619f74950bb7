import Foundation

/// Personal API tokens, stored as hashes only.
package struct APITokenStore: Sendable {
    /// Stores a new token under the hash of its secret.
    package var insert: @Sendable (_ token: APIToken, _ secretHash: String) async throws -> Void
    /// The usable token with this hash and its owner's current role; records the use (at most once a minute).
    package var authenticate:
        @Sendable (_ secretHash: String, _ now: Date) async throws -> (token: APIToken, role: Membership.Role)?
    /// A user's tokens, newest first, revoked ones included.
    package var list: @Sendable (_ scope: Scope) async throws -> [APIToken]
    /// Revokes one of the user's tokens.
    package var revoke: @Sendable (_ scope: Scope, _ id: APIToken.ID, _ now: Date) async throws -> Void

    /// Creates a store from its endpoints.
    package init(
        insert: @escaping @Sendable (_ token: APIToken, _ secretHash: String) async throws -> Void,
        authenticate:
            @escaping @Sendable (_ secretHash: String, _ now: Date) async throws -> (
                token: APIToken, role: Membership.Role
            )?,
        list: @escaping @Sendable (_ scope: Scope) async throws -> [APIToken],
        revoke: @escaping @Sendable (_ scope: Scope, _ id: APIToken.ID, _ now: Date) async throws -> Void
    ) {
        self.insert = insert
        self.authenticate = authenticate
        self.list = list
        self.revoke = revoke
    }
}
