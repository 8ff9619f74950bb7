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
        let plan = StoragePlan(turns: turns, writers: writers, reads: reads)
        let (location, report) = try await BenchDatabase.withMigrated(database) { try await plan.measure(on: $0) }
        print("storage benchmark on \(location) (\(writers) writers × \(turns) turns, \(reads) reads)")
        print(report.map(\.line).joined(separator: "\n"))
    }
}
