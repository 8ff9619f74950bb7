import Foundation
import Logging
import PiperStorage

/// `piper migrate`: applies pending migrations (or only reads the version) and says what it did.
package enum MigrationReport {
    /// Opens the configured database, migrates it (unless `onlyStatus`), and returns the report to print.
    package static func run(configuration: DatabaseConfiguration, onlyStatus: Bool) async throws -> String {
        let database = try await Database.open(
            configuration.location,
            operationTimeout: configuration.timeout,
            logger: Logger(label: "piper.migrate")
        )
        return try await withServedDatabase(database) { database in
            try await make(database: database, onlyStatus: onlyStatus)
        }
    }

    static func make(database: Database, onlyStatus: Bool) async throws -> String {
        let migrator = Migrator(database: database, clock: { Date() })
        let place = database.location.description
        if onlyStatus {
            let status = try await migrator.status()
            if status.isNewerThanBinary {
                return "\(place): schema version \(status.current), newer than this binary (\(status.latest))."
            }
            let pending = status.latest - status.current
            return "\(place): schema version \(status.current) of \(status.latest)"
                + (pending > 0 ? "; \(pending) pending." : ", up to date.")
        }
        let applied = try await migrator.migrate()
        if applied.isEmpty {
            return "\(place): already up to date at schema version \(migrator.latestVersion)."
        }
        let lines = applied.map { "  applied \($0.version) \($0.name)" }
        return (["\(place): migrated to schema version \(migrator.latestVersion)."] + lines).joined(separator: "\n")
    }
}
