import Crypto
import Foundation
import JWTKit
import PiperCore

/// What a verified access token says.
package struct AccessGrant: Hashable, Sendable {
    /// The user and workspace.
    package var scope: Scope
    /// The session it was minted from.
    package var session: SignInSession.ID
    /// Its token ID.
    package var tokenID: String
    /// When it expires.
    package var expiresAt: Date
}

/// Mints and verifies short-lived HS256 access tokens (issuer, audience, expiry, token ID).
///
/// The signing key is derived from the secrets master key, so every instance sharing that key accepts the
/// others' tokens and no further secret needs configuring.
package struct AccessTokens: Sendable {
    private static let keyID = JWKIdentifier(string: "piper-hs256-1")
    private let keys: JWTKeyCollection
    /// The `iss` of minted tokens; tokens from any other issuer are refused.
    package let issuer: String
    /// The `aud` of minted tokens; tokens for any other audience are refused.
    package let audience: String
    /// How long an access token lives.
    package let lifetime: TimeInterval

    /// Creates the minter from a key of at least 32 bytes.
    package init(
        signingKey: SymmetricKey, issuer: String = "piper", audience: String = "piper-api", lifetime: TimeInterval = 900
    )
        async
    {
        precondition(signingKey.bitCount >= 256, "access token keys need at least 32 bytes")
        keys = await JWTKeyCollection().add(hmac: HMACKey(key: signingKey), digestAlgorithm: .sha256, kid: Self.keyID)
        self.issuer = issuer
        self.audience = audience
        self.lifetime = lifetime
    }

    /// Derives the signing key from a master key with HKDF, so the master key itself never signs anything.
    package static func derivedKey(from master: SymmetricKey) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: master, info: Data("piper access tokens v1".utf8), outputByteCount: 32)
    }

    /// Mints a token for a session; its times are whole seconds, as JWT consumers expect.
    package func mint(scope: Scope, session: SignInSession.ID, tokenID: String, at now: Date) async throws -> (
        token: String, expiresAt: Date
    ) {
        let now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let expiry = now.addingTimeInterval(lifetime)
        let claims = AccessTokenClaims(
            iss: .init(value: issuer), aud: .init(value: [audience]), sub: .init(value: scope.owner.description),
            exp: .init(value: expiry), iat: .init(value: now), jti: .init(value: tokenID),
            ws: scope.workspace.description, sid: session.description)
        return (try await keys.sign(claims, kid: Self.keyID), expiry)
    }

    /// Verifies signature, algorithm, issuer, audience and expiry; `nil` for any token that fails.
    package func verify(_ token: String, at now: Date) async -> AccessGrant? {
        guard Self.headerAlgorithm(of: token) == "HS256",
            let claims = try? await keys.verify(token, as: AccessTokenClaims.self),
            claims.iss.value == issuer, claims.aud.value.contains(audience), claims.exp.value > now,
            claims.iat.value <= now.addingTimeInterval(60),
            let user = User.ID(uuidString: claims.sub.value), let workspace = Workspace.ID(uuidString: claims.ws),
            let session = SignInSession.ID(uuidString: claims.sid)
        else { return nil }
        return AccessGrant(
            scope: Scope(workspace: workspace, owner: user), session: session, tokenID: claims.jti.value,
            expiresAt: claims.exp.value)
    }

    /// The `alg` of a token's header, read before any key is chosen so `none` and look-alikes never reach one.
    static func headerAlgorithm(of token: String) -> String? {
        guard let header = token.split(separator: ".", omittingEmptySubsequences: false).first,
            let data = Data(base64URL: String(header)),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["alg"] as? String
    }
}

extension Data {
    /// Decodes URL-safe base64 with or without padding.
    init?(base64URL text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }
}
