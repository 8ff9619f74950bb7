import Foundation
import JWTKit

extension OIDCClient {
    /// The algorithms accepted for ID token signatures: asymmetric only, never `none` or HMAC.
    package static let acceptedAlgorithms: Set<String> = [
        "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512",
    ]

    /// Verifies an ID token's signature against the provider's keys, then its claims against this sign-in.
    func verifyIDToken(_ token: String, nonce: String, document: OIDCDiscoveryDocument) async throws
        -> OIDCIDTokenClaims
    {
        let header = try IDTokenHeader(token: token)
        guard Self.acceptedAlgorithms.contains(header.alg) else {
            throw OIDCError.invalidIDToken(.unsupportedAlgorithm(header.alg))
        }
        var keySet = try await currentKeySet(document)
        if keySet.key(for: header.kid) == nil, let refetched = try await refetchKeySet(document) {
            keySet = refetched
        }
        guard let key = keySet.key(for: header.kid) else { throw OIDCError.invalidIDToken(.unknownKey) }
        guard Self.key(key, allows: header.alg) else {
            throw OIDCError.invalidIDToken(.unsupportedAlgorithm(header.alg))
        }

        let claims: OIDCIDTokenClaims
        do {
            claims = try await keySet.collection.verify(token, as: OIDCIDTokenClaims.self)
        } catch let error as JWTError where error.errorType == .signatureVerificationFailed {
            throw OIDCError.invalidIDToken(.badSignature)
        } catch {
            throw OIDCError.invalidIDToken(.malformed)
        }
        try check(claims, nonce: nonce)
        return claims
    }

    /// Checks issuer, audience, authorized party, lifetime and nonce (OpenID Connect Core §3.1.3.7).
    private func check(_ claims: OIDCIDTokenClaims, nonce: String) throws(OIDCError) {
        let now = clock.now()
        guard claims.issuer.value == settings.issuer else { throw .invalidIDToken(.wrongIssuer) }
        guard claims.audience.value.contains(settings.clientID) else { throw .invalidIDToken(.wrongAudience) }
        if claims.audience.value.count > 1 || claims.authorizedParty != nil {
            guard claims.authorizedParty == settings.clientID else { throw .invalidIDToken(.wrongAudience) }
        }
        guard now.timeIntervalSince(claims.expiration.value) < Self.clockSkew else { throw .invalidIDToken(.expired) }
        guard claims.issuedAt.value.timeIntervalSince(now) <= Self.clockSkew else {
            throw .invalidIDToken(.issuedInFuture)
        }
        guard let claimed = claims.nonce, constantTimeEquals(claimed, nonce) else {
            throw .invalidIDToken(.nonceMismatch)
        }
    }

    /// Whether `key` may verify a signature made with `alg`: the key type matches and any `alg` it names agrees.
    private static func key(_ key: JWK, allows alg: String) -> Bool {
        if let named = key.algorithm, named.rawValue != alg { return false }
        switch key.keyType {
        case .rsa: return alg.hasPrefix("RS") || alg.hasPrefix("PS")
        case .ecdsa: return alg.hasPrefix("ES")
        default: return false
        }
    }
}

/// The JOSE header fields checked before a key is chosen.
private struct IDTokenHeader: Decodable {
    var alg: String
    var kid: String?
    var crit: [String]?

    /// Reads the header of a compact JWS; throws `OIDCError.invalidIDToken(.malformed)`.
    init(token: String) throws {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let json = Base64URL.decode(parts[0]),
            let header = try? JSONDecoder().decode(IDTokenHeader.self, from: json)
        else { throw OIDCError.invalidIDToken(.malformed) }
        // Piper understands no critical header extensions (RFC 7515 §4.1.11).
        guard header.crit == nil else { throw OIDCError.invalidIDToken(.malformed) }
        self = header
    }
}
