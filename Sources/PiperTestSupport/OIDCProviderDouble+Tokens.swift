import Foundation
import JWTKit

extension OIDCProviderDouble {
    /// Mints the ID token for the current user, key and misbehaviour.
    func mintIDToken(nonce: String?) async throws -> String {
        let (user, key, misbehaviour, port) = state.withLock { ($0.user, $0.currentKey, $0.misbehaviour, $0.port) }
        let now = Int(clock.now().timeIntervalSince1970)
        var claims = IDTokenClaims(
            iss: "http://127.0.0.1:\(port)", sub: user.subject, aud: [clientID], exp: now + 300, iat: now,
            nonce: nonce, email: user.email, emailVerified: user.email == nil ? nil : user.emailVerified,
            name: user.name)
        switch misbehaviour {
        case .wrongAudience: claims.aud = ["another-client"]
        case .extraAudienceWithoutAuthorizedParty: claims.aud = [clientID, "another-client"]
        case .wrongIssuer: claims.iss = "https://issuer.invalid"
        case .expiredToken: (claims.iat, claims.exp) = (now - 7200, now - 3600)
        case .issuedInFuture: (claims.iat, claims.exp) = (now + 3600, now + 7200)
        case .missingNonce: claims.nonce = nil
        case .wrongNonce: claims.nonce = "not-the-nonce-of-this-sign-in"
        case .badSignature, .algNone, .hmacWithClientSecret, nil: break
        }
        let kid = JWKIdentifier(string: key.kid)
        switch misbehaviour {
        case .badSignature:
            let foreign = try await OIDCProviderKey.make(key.algorithm, kid: key.kid, poolSlot: 99)
            return try await foreign.signer.sign(claims, kid: kid)
        case .algNone:
            return try unsigned(claims, header: ["alg": "none", "typ": "JWT", "kid": key.kid])
        case .hmacWithClientSecret:
            let hmac = JWTKeyCollection()
            await hmac.add(
                hmac: HMACKey(stringLiteral: clientSecret ?? clientID + "-padding-to-32-bytes-or-more"),
                digestAlgorithm: .sha256, kid: kid)
            return try await hmac.sign(claims, kid: kid)
        default:
            return try await key.signer.sign(claims, kid: kid)
        }
    }

    private func unsigned(_ claims: IDTokenClaims, header: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return "\(base64URL(try encoder.encode(header))).\(base64URL(try encoder.encode(claims)))."
    }
}

/// The claims the double puts in ID tokens.
struct IDTokenClaims: JWTPayload {
    var iss: String
    var sub: String
    var aud: [String]
    var exp: Int
    var iat: Int
    var nonce: String?
    var email: String?
    var emailVerified: Bool?
    var name: String?

    enum CodingKeys: String, CodingKey {
        case iss, sub, aud, exp, iat, nonce, email, name
        case emailVerified = "email_verified"
    }

    func verify(using _: some JWTAlgorithm) async throws {}
}
