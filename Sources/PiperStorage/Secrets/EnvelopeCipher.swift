import Crypto
import Foundation
import PiperCore

/// AES-GCM sealing with associated data, as base64 text for a column.
enum EnvelopeCipher {
    static func seal(_ plaintext: Data, with key: SymmetricKey, context: String) throws -> String {
        let box = try AES.GCM.seal(plaintext, using: key, authenticating: Data(context.utf8))
        guard let combined = box.combined else { throw SecretError.invalidValue }
        return combined.base64EncodedString()
    }

    /// Opens a sealed value; `nil` when the key or the context does not match.
    static func open(_ text: String, with key: SymmetricKey, context: String) -> Data? {
        guard let combined = Data(base64Encoded: text), let box = try? AES.GCM.SealedBox(combined: combined) else {
            return nil
        }
        return try? AES.GCM.open(box, using: key, authenticating: Data(context.utf8))
    }

    /// What a secret's ciphertext is bound to, so a row copied to another owner or name does not open.
    static func context(for scope: Scope, name: SecretName, version: Int) -> String {
        "piper.secret|\(scope.workspace)|\(scope.owner)|\(name)|v\(version)"
    }

    /// What a data key's wrapping is bound to.
    static func context(forDataKey version: Int) -> String {
        "piper.data-key|v\(version)"
    }
}
