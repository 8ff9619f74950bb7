import Foundation

/// A user's secrets (integration tokens, personal model keys), encrypted at rest, always within their scope.
package struct SecretStore: Sendable {
    /// Stores or replaces a secret and returns its metadata.
    package var store:
        @Sendable (_ scope: Scope, _ name: SecretName, _ value: String, _ at: Date) async throws -> SecretMetadata
    /// The decrypted value, or `nil` when the scope has no such secret.
    package var reveal: @Sendable (_ scope: Scope, _ name: SecretName) async throws -> String?
    /// The scope's secrets by name, without values.
    package var list: @Sendable (_ scope: Scope) async throws -> [SecretMetadata]
    /// Deletes a secret; throws ``SecretError/notFound(_:)`` outside the scope.
    package var delete: @Sendable (_ scope: Scope, _ name: SecretName) async throws -> Void

    /// Creates a store from its endpoints.
    package init(
        store:
            @escaping @Sendable (_ scope: Scope, _ name: SecretName, _ value: String, _ at: Date) async throws
            -> SecretMetadata,
        reveal: @escaping @Sendable (_ scope: Scope, _ name: SecretName) async throws -> String?,
        list: @escaping @Sendable (_ scope: Scope) async throws -> [SecretMetadata],
        delete: @escaping @Sendable (_ scope: Scope, _ name: SecretName) async throws -> Void
    ) {
        self.store = store
        self.reveal = reveal
        self.list = list
        self.delete = delete
    }

    /// The longest value accepted, in UTF-8 bytes.
    package static let maximumValueLength = 16_384
}

/// The versioned data keys behind the secrets, and their rotation.
package struct SecretKeyring: Sendable {
    /// Creates a new data key version and re-encrypts every secret under it, a batch per transaction, so
    /// reads and writes carry on meanwhile; older versions are retired once nothing uses them.
    package var rotate: @Sendable (_ at: Date) async throws -> KeyRotation
    /// The data key versions and how many secrets each encrypts.
    package var versions: @Sendable () async throws -> [DataKeyVersion]

    /// Creates a keyring from its endpoints.
    package init(
        rotate: @escaping @Sendable (_ at: Date) async throws -> KeyRotation,
        versions: @escaping @Sendable () async throws -> [DataKeyVersion]
    ) {
        self.rotate = rotate
        self.versions = versions
    }
}

/// The outcome of a rotation.
package struct KeyRotation: Hashable, Sendable {
    /// The new active version.
    package var version: Int
    /// How many secrets were re-encrypted under it.
    package var reencrypted: Int

    /// Creates the outcome.
    package init(version: Int, reencrypted: Int) {
        self.version = version
        self.reencrypted = reencrypted
    }
}

/// One data key version.
package struct DataKeyVersion: Hashable, Sendable {
    /// The version number, from 1.
    package var version: Int
    /// Whether new secrets are encrypted with it.
    package var isActive: Bool
    /// How many secrets it encrypts now.
    package var secretCount: Int

    /// Creates a description.
    package init(version: Int, isActive: Bool, secretCount: Int) {
        self.version = version
        self.isActive = isActive
        self.secretCount = secretCount
    }
}
