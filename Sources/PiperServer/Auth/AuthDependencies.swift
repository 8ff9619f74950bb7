import PiperAuth
import PiperCore

/// What sign-in, accounts and the request authenticator need.
package struct AuthDependencies: Sendable {
    /// Accounts, sessions and tokens.
    package var service: AuthService
    /// The embedded single-user mode's principal: requests without credentials act as this user.
    /// `nil` in accounts mode, where such requests are anonymous.
    package var localPrincipal: (@Sendable () async throws -> Principal)?
    /// Trust the first `X-Forwarded-For` address as the client's (only behind a proxy that sets it).
    package var trustForwardedFor: Bool
    /// The OpenID Connect provider people may sign in with, when one is configured.
    package var singleSignOn: OIDCClient?

    /// Creates the dependencies.
    package init(
        service: AuthService, localPrincipal: (@Sendable () async throws -> Principal)?,
        trustForwardedFor: Bool = false,
        singleSignOn: OIDCClient? = nil
    ) {
        self.singleSignOn = singleSignOn
        self.service = service
        self.localPrincipal = localPrincipal
        self.trustForwardedFor = trustForwardedFor
    }

    /// Whether requests without credentials act as the local user.
    package var isLocalMode: Bool { localPrincipal != nil }
}
