/// Why a secret operation failed; never carries a secret's value.
package enum SecretError: Error, Hashable, Sendable {
    /// The name has characters other than lowercase letters, digits, `.`, `_` and `-`, or is too long.
    case invalidName(String)
    /// The value is empty or longer than ``SecretStore/maximumValueLength`` bytes.
    case invalidValue
    /// No such secret in the caller's scope.
    case notFound(SecretName)
    /// The master key cannot open the stored data keys: it is not the key they were wrapped with.
    case wrongMasterKey
    /// Stored ciphertext failed authentication (tampered, or moved to another owner or name).
    case corrupted(SecretName)
}
