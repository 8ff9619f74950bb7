import Foundation

/// One signed-in session: a family of rotating refresh tokens and the access tokens minted from them.
/// Revoking it ends every token of the family at once.
package struct SignInSession: Hashable, Sendable, Identifiable {
    /// The session's identifier (the `sid` of its access tokens).
    package typealias ID = Identifier<SignInSession>

    /// How the person proved who they are.
    package enum Method: String, Hashable, Sendable, Codable {
        /// Username or email and password.
        case password
        /// A single sign-on provider.
        case singleSignOn = "sso"
        /// Creating the account.
        case signUp = "signup"
    }

    /// The session's identifier.
    package var id: ID
    /// Whose session it is.
    package var scope: Scope
    /// How it began.
    package var method: Method
    /// When it began.
    package var createdAt: Date
    /// When its refresh token was last rotated.
    package var lastUsedAt: Date
    /// When it was ended, if it was.
    package var revokedAt: Date?
    /// The browser or program that began it, from its User-Agent (at most 200 characters).
    package var client: String?
    /// The address it began from.
    package var address: String?

    /// Creates a session value.
    package init(
        id: ID, scope: Scope, method: Method, createdAt: Date, lastUsedAt: Date, revokedAt: Date? = nil,
        client: String? = nil, address: String? = nil
    ) {
        self.client = client.map { String($0.prefix(200)) }
        self.address = address
        self.id = id
        self.scope = scope
        self.method = method
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }
}
