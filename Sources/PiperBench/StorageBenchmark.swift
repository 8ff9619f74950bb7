import ArgumentParser
import Foundation
import Logging
import PiperCore
import PiperStorage

/// `piper-bench storage`: turn appends (concurrent writers) and reads against SQLite or PostgreSQL.
struct StorageBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storage",
        abstract: "Time appending turns and reading conversations.",
        discussion: "Uses a fresh temporary SQLite file unless --database names another location."
    )

    @Option(help: "A SQLite path or postgres:// URL; its data is added to, never removed.")
    var database: String?

    @Option(help: "Turns each writer appends.")
    var turns = 500

    @Option(help: "Concurrent writers, each in its own conversation.")
    var writers = 4

    @Option(help: "Reads of the latest 50 turns.")
    var reads = 2000

    func validate() throws {
        guard turns > 0, writers > 0, reads > 0 else { throw ValidationError("counts must be positive") }
    }

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("piper-bench-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = try DatabaseLocation(
            parsing: database ?? folder.appendingPathComponent("bench.sqlite").path
        )
        var logger = Logger(label: "piper.bench")
        logger.logLevel = .error
        let opened = try await Database.open(location, logger: logger)
        let plan = StoragePlan(turns: turns, writers: writers, reads: reads)
        let report = try await withServedDatabase(opened) { database in
            try await Migrator(database: database, clock: { Date() }).migrate()
            return try await plan.measure(on: database)
        }
        print("storage benchmark on \(location) (\(writers) writers × \(turns) turns, \(reads) reads)")
        print(report.map(\.line).joined(separator: "\n"))
    }
}
