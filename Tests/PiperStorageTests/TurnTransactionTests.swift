import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

@Suite("One transaction per turn")
struct TurnTransactionTests {
    struct ReplyNotStored: Error {}

    @Test(
        "a turn whose reply cannot be stored leaves no todo, no turn and no ledger entry",
        arguments: TestDatabase.availableDialects)
    func turnIsAtomic(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            var harness = try await EngineHarness.make(
                database: database, timeZone: "Europe/Berlin", clock: TestClock())
            let appendTurns = harness.engine.conversations.appendTurns
            harness.engine.conversations.appendTurns = { scope, drafts in
                let turns = try await appendTurns(scope, drafts)
                if drafts.contains(where: { $0.speaker == .piper }) { throw ReplyNotStored() }
                return turns
            }
            let pipeline = TurnPipeline(dependencies: harness.engine)
            await #expect(throws: ReplyNotStored.self) {
                try await pipeline.run(
                    TurnRequest(
                        principal: harness.principal, conversationID: harness.conversationID, surface: .api,
                        text: "add a todo to review the Q3 roadmap"))
            }
            #expect(try await harness.engine.todos.list(harness.scope, [.open, .done]).isEmpty)
            #expect(try await harness.engine.conversations.turns(harness.scope, harness.conversationID, 0, 50).isEmpty)
            let ledger = try await harness.engine.ledger.entries(harness.scope, .distantPast, nil, 50)
            #expect(ledger.isEmpty)
        }
    }

    @Test(
        "a pending question survives a turn that fails, and is settled by one that succeeds",
        arguments: TestDatabase.availableDialects)
    func offerSettledWithTurn(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            try await piper.say("add a todo")
            #expect(try await piper.engine.offers.current(piper.scope, piper.conversationID) != nil)
            var broken = piper.engine
            broken.conversations.appendTurns = { _, _ in throw ReplyNotStored() }
            await #expect(throws: ReplyNotStored.self) {
                try await TurnPipeline(dependencies: broken).run(
                    TurnRequest(
                        principal: piper.principal, conversationID: piper.conversationID, surface: .api,
                        text: "prepare the board deck"))
            }
            #expect(try await piper.engine.offers.current(piper.scope, piper.conversationID) != nil)
            #expect(try await piper.engine.todos.list(piper.scope, [.open]).isEmpty)
            try await piper.say("prepare the board deck")
            #expect(try await piper.engine.offers.current(piper.scope, piper.conversationID) == nil)
            #expect(try await piper.engine.todos.list(piper.scope, [.open]).map(\.title) == ["prepare the board deck"])
        }
    }

    @Test("calls made inside a transaction join it and roll back with it", arguments: TestDatabase.availableDialects)
    func nestedCallsJoin(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let conversations = ConversationStore.sql(database)
            let scope = try await Fixtures.makeScope(in: .sql(database))
            let kept = Fixtures.conversation(in: scope, title: "kept")
            try await conversations.insert(kept)
            await #expect(throws: ReplyNotStored.self) {
                try await UnitOfWork.sql(database).write(scope) {
                    try await conversations.insert(Fixtures.conversation(in: scope, title: "undone"))
                    _ = try await conversations.appendTurn(scope, Fixtures.draft("hello", in: kept.id))
                    #expect(try await conversations.list(scope, Page(limit: 10)).count == 2, "sees its own writes")
                    throw ReplyNotStored()
                }
            }
            #expect(try await conversations.list(scope, Page(limit: 10)).map(\.title) == ["kept"])
            #expect(try await conversations.turns(scope, kept.id, 0, 10).isEmpty)
        }
    }

    @Test(
        "concurrent writes all commit, and one that fails rolls back alone", arguments: TestDatabase.availableDialects)
    func concurrentWrites(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let conversations = ConversationStore.sql(database)
            let scope = try await Fixtures.makeScope(in: .sql(database))
            let failing = 7
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        do {
                            try await database.write(in: .owner(scope)) { _ in
                                try await conversations.insert(Fixtures.conversation(in: scope, title: "c\(index)"))
                                if index == failing { throw ReplyNotStored() }
                            }
                            return true
                        } catch {
                            return false
                        }
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 39)
            let titles = Set(try await conversations.list(scope, Page(limit: 100)).map(\.title))
            #expect(titles.count == 39)
            #expect(!titles.contains("c\(failing)"))
        }
    }

    @Test("a write made inside a read-only unit commits on its own", arguments: TestDatabase.availableDialects)
    func writesInsideReadUnit(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let conversations = ConversationStore.sql(database)
            let scope = try await Fixtures.makeScope(in: .sql(database))
            try await UnitOfWork.sql(database).read(scope) {
                #expect(try await conversations.list(scope, Page(limit: 10)).isEmpty)
                try await conversations.insert(Fixtures.conversation(in: scope, title: "written beside"))
            }
            #expect(try await conversations.list(scope, Page(limit: 10)).map(\.title) == ["written beside"])
        }
    }
}
