import Foundation

/// The user an OpenID Connect provider vouched for.
package struct OIDCIdentity: Sendable, Equatable {
    /// The provider's issuer identifier.
    package var issuer: String
    /// The provider's stable identifier for the user (`sub`); unique per issuer.
    package var subject: String
    /// The user's email address, when the provider shared it.
    package var email: String?
    /// Whether the provider has verified `email`.
    package var emailVerified: Bool
    /// The user's display name, when shared.
    package var name: String?
    /// The local path passed to `OIDCClient.start(returnTo:)`, carried through the state.
    package var returnTo: String

    /// Creates an identity.
    package init(
        issuer: String, subject: String, email: String?, emailVerified: Bool, name: String?, returnTo: String = "/"
    ) {
        self.issuer = issuer
        self.subject = subject
        self.email = email
        self.emailVerified = emailVerified
        self.name = name
        self.returnTo = returnTo
    }

    /// The email address if the provider verified it; throws `OIDCError.emailNotVerified` otherwise.
    package func verifiedEmail() throws(OIDCError) -> String {
        guard emailVerified, let email, !email.isEmpty else { throw .emailNotVerified }
        return email
    }
}

/// Where to send the browser to begin signing in, and the state to remember for the callback.
package struct OIDCStart: Sendable, Equatable {
    /// The provider's authorization URL with every parameter of this sign-in.
    package var authorizationURL: URL
    /// The state, to store in an HttpOnly cookie and compare on callback.
    package var state: String

    /// Creates a start.
    package init(authorizationURL: URL, state: String) {
        self.authorizationURL = authorizationURL
        self.state = state
    }
}
