import Foundation

/// What may be shown about a secret: never its value.
package struct SecretMetadata: Hashable, Sendable {
    /// The secret's name.
    package var name: SecretName
    /// The version of the data key that encrypts it now.
    package var keyVersion: Int
    /// When it was first stored.
    package var createdAt: Date
    /// When its value last changed.
    package var updatedAt: Date

    /// Creates metadata.
    package init(name: SecretName, keyVersion: Int, createdAt: Date, updatedAt: Date) {
        self.name = name
        self.keyVersion = keyVersion
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
