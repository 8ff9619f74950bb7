import Foundation
import Logging
import PiperStorage

/// The database a benchmark runs on: the one named, or a fresh temporary SQLite file, migrated and served.
enum BenchDatabase {
    /// A logger that only reports errors.
    static let logger: Logger = {
        var logger = Logger(label: "piper.bench")
        logger.logLevel = .error
        return logger
    }()

    /// Opens and migrates `named` (or a temporary SQLite file), runs `body`, and removes the temporary file.
    static func withMigrated<T: Sendable>(
        _ named: String?, _ body: @escaping @Sendable (Database) async throws -> T
    ) async throws -> (location: DatabaseLocation, result: T) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("piper-bench-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = try DatabaseLocation(parsing: named ?? folder.appendingPathComponent("bench.sqlite").path)
        let opened = try await Database.open(location, logger: logger)
        let result = try await withServedDatabase(opened) { database in
            try await Migrator(database: database, clock: { Date() }).migrate()
            return try await body(database)
        }
        return (location, result)
    }
}
