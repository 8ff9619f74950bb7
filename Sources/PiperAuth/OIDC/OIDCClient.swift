import Crypto
import Foundation
import JWTKit
import PiperCore

/// Signs users in with one OpenID Connect provider: authorization code flow with PKCE (S256), nonce and state.
///
/// Holds the provider's discovery document and key set in memory; everything per sign-in travels in the
/// state, so any server instance sharing the state key can finish a sign-in another one started.
///
/// - SeeAlso: https://openid.net/specs/openid-connect-core-1_0.html
package actor OIDCClient {
    /// The provider this client talks to.
    package nonisolated let settings: OIDCSettings
    let transport: OIDCTransport
    let stateKey: SymmetricKey
    let clock: DateGenerator

    /// How far the provider's clock may be ahead of or behind Piper's.
    package static let clockSkew: TimeInterval = 60
    /// How long a discovery document is reused before it is fetched again.
    package static let discoveryLifetime: TimeInterval = 3600
    /// The shortest interval between key set refetches prompted by an unknown key ID.
    package static let keySetRefetchInterval: TimeInterval = 60

    var discovery: (document: OIDCDiscoveryDocument, fetchedAt: Date)?
    var keySet: OIDCKeySet?
    var lastKeySetRefetch: Date?

    /// Creates a client; `stateKey` authenticates states and derives PKCE verifiers and nonces from them.
    package init(
        settings: OIDCSettings, transport: OIDCTransport, stateKey: SymmetricKey, clock: DateGenerator = .system
    ) {
        self.settings = settings
        self.transport = transport
        self.stateKey = stateKey
        self.clock = clock
    }

    /// Begins a sign-in that returns to the local path `returnTo`; throws `OIDCError`.
    ///
    /// Store `state` in an HttpOnly cookie and redirect the browser to `authorizationURL`.
    package func start(returnTo: String) async throws -> OIDCStart {
        guard Self.isLocalPath(returnTo) else { throw OIDCError.invalidReturnPath }
        let document = try await discoveryDocument()
        let state = OIDCState.make(issuedAt: clock.now(), returnTo: returnTo, key: stateKey)
        let parameters = [
            "response_type": "code",
            "client_id": settings.clientID,
            "redirect_uri": settings.redirectURI,
            "scope": settings.scopes.joined(separator: " "),
            "state": state.text,
            "nonce": state.nonce(key: stateKey),
            "code_challenge": OIDCState.codeChallenge(forVerifier: state.codeVerifier(key: stateKey)),
            "code_challenge_method": "S256",
        ]
        guard var components = URLComponents(url: document.authorizationEndpoint, resolvingAgainstBaseURL: false)
        else { throw OIDCError.malformedResponse(.discovery) }
        let existing = components.percentEncodedQuery.map { $0.isEmpty ? "" : $0 + "&" } ?? ""
        components.percentEncodedQuery = existing + FormEncoding.encode(parameters)
        guard let url = components.url else { throw OIDCError.malformedResponse(.discovery) }
        return OIDCStart(authorizationURL: url, state: state.text)
    }

    /// Completes a sign-in from the callback's `code` and `state`; throws `OIDCError`.
    ///
    /// `expectedState` is the state stored when the sign-in started (the cookie). The returned identity's email
    /// may be unverified: call `verifiedEmail()` before linking accounts by email.
    package func finish(code: String, state: String, expectedState: String) async throws -> OIDCIdentity {
        guard !expectedState.isEmpty, constantTimeEquals(state, expectedState) else { throw OIDCError.stateMismatch }
        let parsed = try OIDCState.parse(state, key: stateKey)
        let now = clock.now().timeIntervalSince1970
        guard Double(parsed.issuedAt) <= now + Self.clockSkew else { throw OIDCError.stateInvalid }
        guard now - Double(parsed.issuedAt) <= OIDCState.lifetime else { throw OIDCError.stateExpired }
        let document = try await discoveryDocument()
        let idToken = try await exchange(
            code: code, verifier: parsed.codeVerifier(key: stateKey), at: document.tokenEndpoint)
        let claims = try await verifyIDToken(idToken, nonce: parsed.nonce(key: stateKey), document: document)
        let email = claims.email.flatMap { $0.isEmpty ? nil : $0 }
        return OIDCIdentity(
            issuer: claims.issuer.value,
            subject: claims.subject.value,
            email: email,
            emailVerified: email != nil && claims.emailVerified?.value == true,
            name: claims.name,
            returnTo: parsed.returnTo
        )
    }

    /// Whether `path` is a path on this site (not another origin, not a scheme-relative URL).
    package static func isLocalPath(_ path: String) -> Bool {
        path.hasPrefix("/") && !path.hasPrefix("//") && !path.hasPrefix("/\\") && path.utf8.count <= 512
            && !path.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
