import PiperAuth
import PiperCore

/// What sign-in, accounts and the request authenticator need.
package struct AuthDependencies: Sendable {
    /// Accounts, sessions and tokens.
    package var service: AuthService
    /// The embedded single-user mode's principal: requests without credentials act as this user.
    /// `nil` in accounts mode, where such requests are anonymous.
    package var localPrincipal: (@Sendable () async throws -> Principal)?
    /// Take the client's address from `X-Forwarded-For` (only behind proxies that append to it).
    package var trustForwardedFor: Bool
    /// How many proxies in front of Piper append to `X-Forwarded-For`: the client is that many entries from
    /// the right, never the client-written left.
    package var trustedProxies: Int
    /// The OpenID Connect provider people may sign in with, when one is configured.
    package var singleSignOn: OIDCClient?

    /// Creates the dependencies.
    package init(
        service: AuthService, localPrincipal: (@Sendable () async throws -> Principal)?,
        trustForwardedFor: Bool = false, trustedProxies: Int = 1,
        singleSignOn: OIDCClient? = nil
    ) {
        self.trustedProxies = max(1, trustedProxies)
        self.singleSignOn = singleSignOn
        self.service = service
        self.localPrincipal = localPrincipal
        self.trustForwardedFor = trustForwardedFor
    }

    /// Whether requests without credentials act as the local user.
    package var isLocalMode: Bool { localPrincipal != nil }
}
