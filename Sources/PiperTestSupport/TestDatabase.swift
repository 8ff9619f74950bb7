import Foundation
import Logging
import PiperCore
import PiperStorage

/// Fresh, disposable databases for tests: a temporary SQLite file, or a new PostgreSQL database on the
/// server named by `PIPER_TEST_POSTGRES_URL` (dropped afterwards).
package enum TestDatabase {
    /// The backends this run can reach: SQLite always, PostgreSQL when `PIPER_TEST_POSTGRES_URL` is set.
    package static var availableDialects: [Dialect] {
        postgresAdminURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    /// The PostgreSQL server for tests, as a URL whose database the tests may connect to for admin work.
    package static var postgresAdminURL: String? {
        ProcessInfo.processInfo.environment["PIPER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether this run is CI, where PostgreSQL must be available.
    package static var isContinuousIntegration: Bool {
        ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// A logger that stays quiet unless a test fails loudly.
    package static let logger: Logger = {
        var logger = Logger(label: "piper.test")
        logger.logLevel = .error
        return logger
    }()

    /// Makes a fresh, empty location for `dialect` and runs `body` with it, then removes it.
    package static func withFreshLocation<T: Sendable>(
        _ dialect: Dialect,
        _ body: @Sendable (DatabaseLocation) async throws -> T
    ) async throws -> T {
        switch dialect {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("piper-test-\(UUID())")
            defer { try? FileManager.default.removeItem(at: folder) }
            return try await body(.sqlite(path: folder.appendingPathComponent("piper.sqlite").path))
        case .postgres:
            return try await PostgresTestServer.withFreshDatabase(body)
        }
    }

    /// How long a test database operation may wait for PostgreSQL: the whole suite runs in parallel on two
    /// cores, so a connection can queue far longer than Piper's production default allows.
    package static let operationTimeout: Double = 60

    /// Opens a fresh, migrated database of `dialect`, serves it while `body` runs, then discards it.
    @discardableResult
    package static func withMigrated<T: Sendable>(
        _ dialect: Dialect,
        _ body: @escaping @Sendable (Database) async throws -> T
    ) async throws -> T {
        try await withFreshLocation(dialect) { location in
            let database = try await Database.open(location, operationTimeout: operationTimeout, logger: logger)
            return try await withServedDatabase(database) { database in
                try await Migrator(database: database, clock: { Date() }).migrate()
                return try await body(database)
            }
        }
    }
}
