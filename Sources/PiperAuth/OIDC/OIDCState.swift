import Crypto
import Foundation

/// A self-validating sign-in state, `<issuedAt>.<random>.<returnTo>.<tag>`, from which the PKCE verifier and
/// the nonce are derived, so no server-side storage is needed.
///
/// The tag is an HMAC-SHA256 under the server key over the first three parts, so neither the issue time nor
/// the return path can be altered; the verifier and nonce are HMACs of the whole state under the same key.
package struct OIDCState: Sendable, Equatable {
    /// How long a sign-in may take from start to callback.
    package static let lifetime: TimeInterval = 600

    /// The state as sent to the provider and stored in the cookie.
    package var text: String
    /// When the sign-in started, in whole seconds since 1970.
    package var issuedAt: Int64
    /// The local path to return to afterwards.
    package var returnTo: String

    /// Issues a new state at `date` for `returnTo`.
    package static func make(issuedAt date: Date, returnTo: String, key: SymmetricKey) -> OIDCState {
        let issuedAt = Int64(date.timeIntervalSince1970.rounded(.down))
        var random = SystemRandomNumberGenerator()
        let nonceBytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &random) }
        let signed = "\(issuedAt).\(Base64URL.encode(nonceBytes)).\(Base64URL.encode(Array(returnTo.utf8)))"
        let tag = HMAC<SHA256>.authenticationCode(for: Data(("piper.oidc.state\n" + signed).utf8), using: key)
        return OIDCState(text: signed + "." + Base64URL.encode(tag), issuedAt: issuedAt, returnTo: returnTo)
    }

    /// Reads a state this server issued; throws `OIDCError.stateInvalid` for anything else.
    package static func parse(_ text: String, key: SymmetricKey) throws(OIDCError) -> OIDCState {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, let issuedAt = Int64(parts[0]), let tag = Base64URL.decode(parts[3]),
            let returnBytes = Base64URL.decode(parts[2]), let returnTo = String(data: returnBytes, encoding: .utf8)
        else { throw .stateInvalid }
        let signed = parts[0..<3].joined(separator: ".")
        guard
            HMAC<SHA256>.isValidAuthenticationCode(
                tag, authenticating: Data(("piper.oidc.state\n" + signed).utf8), using: key)
        else { throw .stateInvalid }
        return OIDCState(text: text, issuedAt: issuedAt, returnTo: returnTo)
    }

    /// The PKCE `code_verifier` for this sign-in (43 base64url characters).
    package func codeVerifier(key: SymmetricKey) -> String {
        derive("piper.oidc.pkce", key: key)
    }

    /// The OpenID Connect `nonce` for this sign-in.
    package func nonce(key: SymmetricKey) -> String {
        derive("piper.oidc.nonce", key: key)
    }

    /// The S256 `code_challenge` for `verifier`: base64url(SHA-256(verifier)).
    package static func codeChallenge(forVerifier verifier: String) -> String {
        Base64URL.encode(SHA256.hash(data: Data(verifier.utf8)))
    }

    private func derive(_ label: String, key: SymmetricKey) -> String {
        Base64URL.encode(HMAC<SHA256>.authenticationCode(for: Data((label + "\n" + text).utf8), using: key))
    }
}

/// Compares two strings in time that depends only on their lengths.
func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
    let left = Array(lhs.utf8)
    let right = Array(rhs.utf8)
    guard left.count == right.count else { return false }
    var difference: UInt8 = 0
    for index in left.indices { difference |= left[index] ^ right[index] }
    return difference == 0
}
