import Foundation
import Logging
import PiperCore
import PiperStorage

/// The live clients, built once from configuration and passed down by value.
package struct LiveDependencies: Sendable {
    /// The open database.
    package var database: Database
    /// Workspaces, users and memberships.
    package var accounts: AccountStore
    /// Conversations and turns.
    package var conversations: ConversationStore
    /// The clock.
    package var clock: DateGenerator
    /// The identifier source.
    package var ids: IDGenerator

    /// Opens the configured database and builds the clients over it.
    package static func open(_ configuration: DatabaseConfiguration, logger: Logger) async throws -> LiveDependencies {
        let database = try await Database.open(
            configuration.location,
            operationTimeout: configuration.timeout,
            logger: logger
        )
        return LiveDependencies(
            database: database,
            accounts: .sql(database),
            conversations: .sql(database),
            clock: .system,
            ids: .random
        )
    }

    /// The engine's dependencies over the database, with the classifier trained from the bundled corpus.
    package func engine(logger: Logger) -> EngineDependencies {
        EngineDependencies(
            accounts: accounts, conversations: conversations, todos: .sql(database), projects: .sql(database),
            reminders: .sql(database), preferences: .sql(database), offers: .sql(database), ledger: .sql(database),
            classifier: .bundled, clock: clock, ids: ids, logger: logger, transactions: .sql(database))
    }

    /// Brings the schema up to date and makes sure an empty installation has its local user.
    package func prepare(local: LocalUserConfiguration, logger: Logger) async throws -> Principal {
        let applied = try await Migrator(database: database, clock: clock.now).migrate()
        for migration in applied {
            logger.info(
                "database.migrated",
                metadata: ["migration.version": "\(migration.version)", "migration.name": "\(migration.name)"])
        }
        return try await localPrincipal(local)
    }

    /// The installation's single local user, created on first use.
    package func localPrincipal(_ local: LocalUserConfiguration) async throws -> Principal {
        let installation = LocalInstallation(accounts: accounts, ids: ids, clock: clock)
        return try await installation.ensurePrincipal(
            displayName: local.displayName,
            timeZone: TimeZone(identifier: local.timeZone) ?? .current
        )
    }
}
