import Foundation
import Logging
import PiperCore
import PiperStorage

/// A migrated database with one user, the engine over it and a conversation to talk in.
package struct EngineHarness: Sendable {
    /// The engine's dependencies.
    package var engine: EngineDependencies
    /// The pipeline.
    package var pipeline: TurnPipeline
    /// The speaking user.
    package var principal: Principal
    /// The conversation turns go to.
    package var conversationID: Conversation.ID
    /// The hand-moved clock.
    package var clock: TestClock

    /// Runs `body` with a fresh harness on `dialect`; the user lives in `timeZone`. With `model`, the engine
    /// answers the floor with it and, when `classifierThreshold` is set, asks it when the classifier is unsure.
    package static func with<T: Sendable>(
        _ dialect: Dialect, timeZone: String = "Europe/Berlin", clock: TestClock = TestClock(),
        model: LanguageModel = .none, classifierThreshold: Double? = nil,
        _ body: @escaping @Sendable (EngineHarness) async throws -> T
    ) async throws -> T {
        try await TestDatabase.withMigrated(dialect) { database in
            var harness = try await make(database: database, timeZone: timeZone, clock: clock)
            harness.engine.languageModel = model
            if let classifierThreshold {
                harness.engine.classifier = .bundled(
                    fallback: ModelClassifierFallback(
                        model: model, threshold: classifierThreshold, logger: TestDatabase.logger))
            }
            harness.pipeline = TurnPipeline(dependencies: harness.engine)
            return try await body(harness)
        }
    }

    /// Builds a harness over an open, migrated database.
    package static func make(database: Database, timeZone: String, clock: TestClock) async throws -> EngineHarness {
        let accounts = AccountStore.sql(database)
        let principal = try await LocalInstallation(accounts: accounts, ids: .random, clock: clock.generator)
            .ensurePrincipal(displayName: "Alex", timeZone: TimeZoneName.resolve(timeZone))
        let engine = EngineDependencies.sql(database, clock: clock)
        let conversation = try await ConversationStarting(engine: engine).start(scope: principal.scope, title: "")
        return EngineHarness(
            engine: engine, pipeline: TurnPipeline(dependencies: engine), principal: principal,
            conversationID: conversation.id, clock: clock)
    }

    /// Says `text` in the harness conversation and returns Piper's reply.
    @discardableResult
    package func say(_ text: String, surface: Surface = .web) async throws -> Turn {
        try await pipeline.run(
            TurnRequest(principal: principal, conversationID: conversationID, surface: surface, text: text)
        ).reply
    }

    /// The user's scope.
    package var scope: Scope { principal.scope }
}

extension EngineDependencies {
    /// The engine over a database with the bundled classifier and a test clock.
    package static func sql(_ database: Database, clock: TestClock) -> EngineDependencies {
        EngineDependencies(
            accounts: .sql(database), conversations: .sql(database), todos: .sql(database), projects: .sql(database),
            reminders: .sql(database), preferences: .sql(database), offers: .sql(database), ledger: .sql(database),
            classifier: .bundled, clock: clock.generator, ids: .random, logger: TestDatabase.logger,
            transactions: .sql(database))
    }
}
