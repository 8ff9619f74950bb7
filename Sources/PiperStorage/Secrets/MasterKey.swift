import Crypto
import Foundation
import PiperCore

/// The key that wraps the data keys. It comes from configuration (or a key file) and never enters the database.
package struct MasterKey: Sendable {
    let key: SymmetricKey

    /// Reads a base64-encoded 256-bit key.
    package init(base64: String) throws {
        guard let data = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)), data.count == 32
        else { throw MasterKeyError.malformed }
        key = SymmetricKey(data: data)
    }

    /// A key for one purpose, derived with HKDF-SHA256, so the master key itself only ever wraps data keys.
    package func derivedKey(purpose: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("piper \(purpose)".utf8), outputByteCount: 32)
    }

    /// A fresh random key, base64-encoded, for a new key file.
    package static func generateBase64() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
    }
}

/// Why a master key could not be read.
package enum MasterKeyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The value is not base64 of exactly 32 bytes.
    case malformed

    /// A readable explanation.
    package var description: String {
        "the secrets master key must be 32 random bytes in base64 (for example from `openssl rand -base64 32`)"
    }
}
