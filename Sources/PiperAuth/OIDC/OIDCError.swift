/// Why an OpenID Connect sign-in failed. Descriptions never include tokens, codes or secrets.
package enum OIDCError: Error, Equatable, CustomStringConvertible {
    /// A provider endpoint could not be reached or answered unusably.
    case providerUnavailable(OIDCEndpoint, status: Int?)
    /// A provider document could not be read.
    case malformedResponse(OIDCEndpoint)
    /// The discovery document names a different issuer than the one configured.
    case issuerMismatch(expected: String, found: String)
    /// An endpoint in the discovery document is not HTTPS (loopback addresses excepted).
    case insecureEndpoint(OIDCEndpoint)
    /// The return path is not a path on this site.
    case invalidReturnPath
    /// The callback's state does not match the one issued to this browser.
    case stateMismatch
    /// The state was not issued by this server or is damaged.
    case stateInvalid
    /// The sign-in took too long; the state is older than its lifetime.
    case stateExpired
    /// The provider answered the callback with an error instead of a code.
    case authorizationDenied(error: String)
    /// The token endpoint refused the code.
    case tokenExchangeFailed(status: Int, error: String?)
    /// The ID token failed verification.
    case invalidIDToken(OIDCTokenProblem)
    /// The provider has not verified the user's email address.
    case emailNotVerified

    /// A readable description.
    package var description: String {
        switch self {
        case .providerUnavailable(let endpoint, let status?):
            "the identity provider's \(endpoint) answered with status \(status)"
        case .providerUnavailable(let endpoint, nil): "the identity provider's \(endpoint) could not be reached"
        case .malformedResponse(let endpoint): "the identity provider's \(endpoint) sent a response Piper cannot read"
        case .issuerMismatch(let expected, let found):
            "the identity provider calls itself \(found), but Piper is configured for \(expected)"
        case .insecureEndpoint(let endpoint): "the identity provider's \(endpoint) does not use HTTPS"
        case .invalidReturnPath: "the page to return to after sign-in is not on this site"
        case .stateMismatch: "the sign-in response does not belong to this browser session; please sign in again"
        case .stateInvalid: "the sign-in response carries a state Piper did not issue; please sign in again"
        case .stateExpired: "the sign-in took too long; please sign in again"
        case .authorizationDenied(let error): "the identity provider refused the sign-in (\(error))"
        case .tokenExchangeFailed(let status, let error?):
            "the identity provider refused to exchange the code (status \(status), \(error))"
        case .tokenExchangeFailed(let status, nil):
            "the identity provider refused to exchange the code (status \(status))"
        case .invalidIDToken(let problem): "the identity provider's ID token was rejected: \(problem)"
        case .emailNotVerified: "the identity provider has not verified this email address"
        }
    }
}

/// A provider endpoint Piper calls.
package enum OIDCEndpoint: String, Sendable, Equatable, CustomStringConvertible {
    /// `/.well-known/openid-configuration`.
    case discovery = "discovery document"
    /// The `jwks_uri` key set.
    case keySet = "key set"
    /// The authorization endpoint the browser is sent to.
    case authorization = "authorization endpoint"
    /// The token endpoint.
    case token = "token endpoint"

    /// The endpoint's name.
    package var description: String { rawValue }
}

/// What is wrong with an ID token.
package enum OIDCTokenProblem: Equatable, Sendable, CustomStringConvertible {
    /// Not a well-formed signed JWT, or a required claim is missing.
    case malformed
    /// Signed with an algorithm Piper does not accept (`none`, HMAC, or unknown).
    case unsupportedAlgorithm(String)
    /// Signed with a key the provider does not publish.
    case unknownKey
    /// The signature does not match.
    case badSignature
    /// `iss` is not the configured issuer.
    case wrongIssuer
    /// `aud` does not include Piper's client ID, or `azp` names another client.
    case wrongAudience
    /// `exp` has passed.
    case expired
    /// `iat` lies in the future.
    case issuedInFuture
    /// `nonce` is missing or does not match this sign-in.
    case nonceMismatch

    /// A readable description.
    package var description: String {
        switch self {
        case .malformed: "it is not a well-formed signed token"
        case .unsupportedAlgorithm(let alg): "it is signed with an unaccepted algorithm (\(alg.prefix(16)))"
        case .unknownKey: "it is signed with a key the provider does not publish"
        case .badSignature: "its signature does not match"
        case .wrongIssuer: "it was issued by another provider"
        case .wrongAudience: "it was issued for another client"
        case .expired: "it has expired"
        case .issuedInFuture: "it was issued in the future"
        case .nonceMismatch: "it belongs to another sign-in (nonce mismatch)"
        }
    }
}
