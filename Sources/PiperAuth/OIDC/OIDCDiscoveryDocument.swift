import Foundation

/// The parts of a provider's `/.well-known/openid-configuration` Piper uses.
///
/// - SeeAlso: https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata
package struct OIDCDiscoveryDocument: Sendable, Equatable, Codable {
    /// The issuer identifier.
    package var issuer: String
    /// Where the browser is sent to sign in.
    package var authorizationEndpoint: URL
    /// Where codes are exchanged for tokens.
    package var tokenEndpoint: URL
    /// The provider's public signing keys.
    package var jwksURI: URL
    /// The ID token signing algorithms the provider uses, if listed.
    package var idTokenSigningAlgValuesSupported: [String]?
    /// The PKCE methods the provider supports, if listed.
    package var codeChallengeMethodsSupported: [String]?

    enum CodingKeys: String, CodingKey {
        case issuer
        case authorizationEndpoint = "authorization_endpoint"
        case tokenEndpoint = "token_endpoint"
        case jwksURI = "jwks_uri"
        case idTokenSigningAlgValuesSupported = "id_token_signing_alg_values_supported"
        case codeChallengeMethodsSupported = "code_challenge_methods_supported"
    }

    /// The discovery URL for `issuer` (OpenID Connect Discovery §4).
    package static func url(forIssuer issuer: String) -> URL? {
        let base = issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer
        return URL(string: base + "/.well-known/openid-configuration")
    }
}

extension URL {
    /// Whether the URL is HTTPS, or HTTP to a loopback address (development and tests).
    var isAcceptableProviderURL: Bool {
        switch scheme?.lowercased() {
        case "https": return host?.isEmpty == false
        case "http": return ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host?.lowercased() ?? "")
        default: return false
        }
    }
}
