import CryptoExtras
import Foundation
import JWTKit
import Synchronization

/// A signing key of the OpenID Connect provider double: the private half signs, the public half is published.
package struct OIDCProviderKey: Sendable {
    /// A signature algorithm the double can sign with.
    package enum Algorithm: String, Sendable, CaseIterable {
        /// RSASSA-PKCS1-v1_5 with SHA-256.
        case rs256 = "RS256"
        /// ECDSA P-256 with SHA-256.
        case es256 = "ES256"
    }

    /// The key ID in token headers and the key set.
    package var kid: String
    /// The algorithm the key signs with.
    package var algorithm: Algorithm
    /// The public key as published in the JWKS.
    package var publicJWK: JWK
    /// Signs with the private key under `kid`.
    package var signer: JWTKeyCollection

    /// Makes a key; RSA keys come from a small process-wide pool because generating them is slow.
    package static func make(_ algorithm: Algorithm, kid: String, poolSlot: Int) async throws -> OIDCProviderKey {
        let signer = JWTKeyCollection()
        let identifier = JWKIdentifier(string: kid)
        switch algorithm {
        case .rs256:
            let key = try rsaKey(slot: poolSlot)
            await signer.add(rsa: key, digestAlgorithm: .sha256, kid: identifier)
            let (modulus, exponent) = try key.publicKey.getKeyPrimitives()
            let jwk = JWK.rsa(
                .rs256, identifier: identifier, modulus: base64URL(modulus), exponent: base64URL(exponent))
            return OIDCProviderKey(kid: kid, algorithm: algorithm, publicJWK: jwk, signer: signer)
        case .es256:
            let key = ES256PrivateKey()
            await signer.add(ecdsa: key, kid: identifier)
            guard let parameters = key.publicKey.parameters else { throw JWTError.invalidJWK(reason: "no EC point") }
            let jwk = JWK.ecdsa(.es256, identifier: identifier, x: parameters.x, y: parameters.y, curve: .p256)
            return OIDCProviderKey(kid: kid, algorithm: algorithm, publicJWK: jwk, signer: signer)
        }
    }

    private static let rsaPool = Mutex<[Int: JWTKit.Insecure.RSA.PrivateKey]>([:])

    private static func rsaKey(slot: Int) throws -> JWTKit.Insecure.RSA.PrivateKey {
        if let key = rsaPool.withLock({ $0[slot] }) { return key }
        let key = try JWTKit.Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
        return rsaPool.withLock { pool in
            if let existing = pool[slot] { return existing }
            pool[slot] = key
            return key
        }
    }
}

/// Unpadded base64url.
func base64URL(_ data: some Sequence<UInt8>) -> String {
    Data(data).base64EncodedString()
        .replacingOccurrences(of: "+", with: "-")
        .replacingOccurrences(of: "/", with: "_")
        .replacingOccurrences(of: "=", with: "")
}
