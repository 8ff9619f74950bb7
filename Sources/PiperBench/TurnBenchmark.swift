import ArgumentParser
import Foundation
import Logging
import PiperCore
import PiperStorage

/// `piper-bench turns`: whole turns through the pipeline (classify, handle, record) on a database.
struct TurnBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "turns",
        abstract: "Time whole turns through the turn pipeline.",
        discussion: "Uses a fresh temporary SQLite file unless --database names another location."
    )

    @Option(help: "A SQLite path or postgres:// URL; its data is added to, never removed.")
    var database: String?

    @Option(help: "Turns to send (a mix of creating, listing and asking).")
    var turns = 1_000

    static let messages = [
        "add a todo to review the Q3 roadmap", "show my todos", "what should I focus on today?",
        "remind me tomorrow at 9 to call Sam", "what reminders do I have?", "good morning Piper",
        "what can you do?", "show me issue 42",
    ]

    func run() async throws {
        let turns = turns
        let (location, measurement) = try await BenchDatabase.withMigrated(database) { database in
            try await Self.measure(turns: turns, on: database, logger: BenchDatabase.logger)
        }
        print("turn benchmark on \(location) (\(turns) turns, \(Self.messages.count) kinds of message)")
        print(measurement.line)
    }

    static func measure(turns: Int, on database: Database, logger: Logger) async throws -> Measurement {
        let engine = EngineDependencies(
            accounts: .sql(database), conversations: .sql(database), todos: .sql(database),
            projects: .sql(database), reminders: .sql(database), preferences: .sql(database),
            offers: .sql(database), ledger: .sql(database), classifier: .bundled, clock: .system, ids: .random,
            logger: logger, transactions: .sql(database))
        let principal = try await LocalInstallation(accounts: engine.accounts, ids: .random, clock: .system)
            .ensurePrincipal(displayName: "Bench", timeZone: TimeZone(identifier: "Europe/Berlin") ?? .current)
        let conversation = try await ConversationStarting(engine: engine).start(scope: principal.scope, title: "")
        let pipeline = TurnPipeline(dependencies: engine)
        _ = await BundledClassifier.shared.value()
        let clock = ContinuousClock()
        var samples: [Duration] = []
        let start = clock.now
        for index in 0..<turns {
            let started = clock.now
            _ = try await pipeline.run(
                TurnRequest(
                    principal: principal, conversationID: conversation.id, surface: .api,
                    text: messages[index % messages.count]))
            samples.append(clock.now - started)
        }
        return Measurement(name: "turn", samples: samples, elapsed: clock.now - start)
    }
}
