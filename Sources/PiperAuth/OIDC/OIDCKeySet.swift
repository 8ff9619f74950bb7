import Foundation
import JWTKit

/// A provider's published signing keys, ready to verify ID tokens.
struct OIDCKeySet: Sendable {
    /// The usable signing keys by key ID.
    let keys: [String: JWK]
    /// The same keys loaded into jwt-kit.
    let collection: JWTKeyCollection

    /// Reads a JWKS document, keeping RSA and EC signing keys that carry a key ID and skipping the rest.
    init(json: [UInt8]) async throws {
        guard let document = try? JSONDecoder().decode(Document.self, from: Data(json)) else {
            throw OIDCError.malformedResponse(.keySet)
        }
        let collection = JWTKeyCollection()
        var keys: [String: JWK] = [:]
        for entry in document.keys {
            guard let jwk = entry.jwk, entry.use == nil || entry.use == "sig",
                jwk.keyType == .rsa || jwk.keyType == .ecdsa,
                let kid = jwk.keyIdentifier?.string, keys[kid] == nil
            else { continue }
            do {
                try await collection.add(jwk: jwk)
                keys[kid] = jwk
            } catch {
                continue
            }
        }
        self.keys = keys
        self.collection = collection
    }

    /// The key a token header names; a header without `kid` matches only a set of exactly one key.
    func key(for kid: String?) -> JWK? {
        guard let kid else { return keys.count == 1 ? keys.values.first : nil }
        return keys[kid]
    }

    private struct Document: Decodable {
        var keys: [Entry]
    }

    /// One key, decoded leniently so an unusual key does not spoil the whole set.
    private struct Entry: Decodable {
        var jwk: JWK?
        var use: String?

        enum CodingKeys: String, CodingKey {
            case use
        }

        init(from decoder: any Decoder) throws {
            jwk = try? JWK(from: decoder)
            use = try? decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .use)
        }
    }
}
