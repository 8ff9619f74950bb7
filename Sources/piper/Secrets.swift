import ArgumentParser
import Foundation
import Logging
import PiperApp
import PiperCore
import PiperStorage

/// `piper secrets`: the encryption keys of user secrets.
struct Secrets: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the keys that encrypt users' secrets.",
        subcommands: [SecretsRotate.self, SecretsStatus.self, SecretsRewrap.self])
}

/// `piper secrets rotate`: a new data key, every secret re-encrypted under it.
struct SecretsRotate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Create a new data key version and re-encrypt every secret under it, while Piper keeps serving."
    )

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        try await reportingFailures {
            let rotation = try await SecretsCommand.withKeyring(options) { try await $0.rotate(Date()) }
            print("data key version \(rotation.version) is active; \(rotation.reencrypted) secrets re-encrypted")
        }
    }
}

/// `piper secrets status`: the data key versions and what they encrypt.
struct SecretsStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "List the data key versions.")

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        try await reportingFailures {
            let versions = try await SecretsCommand.withKeyring(options) { try await $0.versions() }
            if versions.isEmpty { print("no data keys yet (no secret has been stored)") }
            for version in versions {
                print(
                    "version \(version.version)\(version.isActive ? " (active)" : ""): \(version.secretCount) secrets")
            }
        }
    }
}

/// `piper secrets rewrap`: moves every data key from the configured master key to a new one.
struct SecretsRewrap: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rewrap",
        abstract: "Wrap every data key with a new master key (the configured one must still open them).",
        discussion: """
            Afterwards set the new key (secrets.key or the key file) on every instance and restart them. Until an \
            instance restarts it cannot open secrets. Access tokens are signed with a key derived from the master \
            key, so open sessions renew themselves with their refresh tokens.
            """
    )

    @Option(name: .long, help: "A file holding the new master key (32 random bytes in base64).")
    var newKeyFile: String

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        try await reportingFailures {
            let text = try String(contentsOfFile: newKeyFile, encoding: .utf8)
            let new = try MasterKey(base64: text)
            let count = try await SecretsCommand.withDatabase(options) { database, old in
                try await MasterKeyRewrap.rewrap(database, from: old, to: new)
            }
            print("\(count) data keys are now wrapped with the new master key; install it on every instance")
        }
    }
}

/// Opens the configured database, migrated, with the keyring over it.
enum SecretsCommand {
    static func withKeyring<T: Sendable>(
        _ options: ConfigurationOptions, _ body: @escaping @Sendable (SecretKeyring) async throws -> T
    ) async throws -> T {
        try await withDatabase(options) { database, master in try await body(.sql(database, master: master)) }
    }

    /// Opens the configured database, migrated, with the configured master key.
    static func withDatabase<T: Sendable>(
        _ options: ConfigurationOptions, _ body: @escaping @Sendable (Database, MasterKey) async throws -> T
    ) async throws -> T {
        let configuration = try await options.quietConfiguration()
        let master = try configuration.secrets.loadMasterKey()
        let database = try await Database.open(configuration.database.location, logger: Logger(label: "piper"))
        return try await withServedDatabase(database) { database in
            try await Migrator(database: database, clock: { Date() }).migrate()
            return try await body(database, master)
        }
    }
}
