import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

@Suite("Crash safety")
struct CrashSafetyTests {
    @Test("every write reported committed survives killing the writer", arguments: TestDatabase.availableDialects)
    func committedWritesSurviveKill(dialect: Dialect) async throws {
        try await TestDatabase.withFreshLocation(dialect) { location in
            let target = location.configurationText
            let probe = try ChildProcess(executable: "piper-crash-probe", arguments: [target])
            var scope: Scope?
            var conversationID: Conversation.ID?
            var committed = 0
            for await line in probe.lines {
                let words = line.split(separator: " ").map(String.init)
                if words.first == "conversation", words.count == 4 {
                    scope = Scope(
                        workspace: Identifier(uuidString: words[1])!, owner: Identifier(uuidString: words[2])!)
                    conversationID = Identifier(uuidString: words[3])
                } else if words.first == "committed", let sequence = Int(words[1]) {
                    committed = sequence
                    if committed >= 25 { break }
                }
            }
            await probe.kill()
            let confirmedScope = try #require(scope)
            let confirmedConversation = try #require(conversationID)
            #expect(committed >= 25)
            let lastCommitted = committed

            let database = try await Database.open(
                location, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
            try await withServedDatabase(database) { database in
                let turns = try await ConversationStore.sql(database).turns(
                    confirmedScope, confirmedConversation, 0, 200)
                #expect(turns.count >= lastCommitted)
                #expect(turns.map(\.sequence) == Array(1...turns.count))
                if database.dialect == .sqlite {
                    let check = try await database.read { sql in
                        try await sql.raw("PRAGMA integrity_check").first()?.decode(
                            column: "integrity_check", as: String.self)
                    }
                    #expect(check == "ok")
                }
            }
        }
    }
}
