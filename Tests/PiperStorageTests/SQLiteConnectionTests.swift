import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

@Suite("SQLite connections")
struct SQLiteConnectionTests {
    @Test("a statement SQLite refuses fails with SQLite's own message, and the connection goes on")
    func badStatement() async throws {
        try await TestDatabase.withMigrated(.sqlite) { database in
            let failure = await #expect(throws: (any Error).self) {
                try await database.read { sql in try await sql.raw("SELECT * FROM no_such_table").all() }
            }
            #expect(String(describing: failure).contains("no such table"))
            let one = try await database.read { sql in
                try await sql.raw("SELECT 1 AS one").first()?.decode(column: "one", as: Int.self)
            }
            #expect(one == 1)
        }
    }

    @Test("text, numbers, blobs and nulls bind and read back unchanged, also from a reused statement")
    func valuesRoundTrip() async throws {
        try await TestDatabase.withMigrated(.sqlite) { database in
            let blob = Data([0, 1, 2, 255, 0, 7])
            for text in ["plain", "with ' quote and \u{0} nul", "émoji 🚀"] {
                let row = try await database.read { sql in
                    try await sql.raw(
                        "SELECT \(bind: text) AS text, \(bind: 42) AS number, \(bind: 2.5) AS real, \(bind: blob) AS blob, \(bind: String?.none) AS missing"
                    ).first()
                }
                #expect(try row?.decode(column: "text", as: String.self) == text)
                #expect(try row?.decode(column: "number", as: Int.self) == 42)
                #expect(try row?.decode(column: "real", as: Double.self) == 2.5)
                #expect(try row?.decode(column: "blob", as: Data.self) == blob)
                #expect(try row?.decodeNil(column: "missing") == true)
            }
        }
    }

    @Test("more distinct statements than a connection keeps prepared all still run")
    func statementCacheOverflow() async throws {
        try await TestDatabase.withMigrated(.sqlite) { database in
            for value in 0..<300 {
                let row = try await database.read { sql in
                    try await sql.raw("SELECT \(unsafeRaw: String(value)) AS value").first()
                }
                #expect(try row?.decode(column: "value", as: Int.self) == value)
            }
        }
    }

    @Test("closing while writes are queued loses no acknowledged write and stores no refused one")
    func closeWhileWriting() async throws {
        try await TestDatabase.withFreshLocation(.sqlite) { location in
            let database = try await Database.open(location, logger: TestDatabase.logger)
            _ = try await Migrator(database: database, clock: { Date() }).migrate()
            let scope = try await Fixtures.makeScope(in: .sql(database))
            let conversations = ConversationStore.sql(database)
            let writes = (0..<40).map { index in
                Task { () -> Bool in
                    do {
                        try await conversations.insert(Fixtures.conversation(in: scope, title: "c\(index)"))
                        return true
                    } catch is StorageError {
                        return false
                    }
                }
            }
            await database.close()
            var acknowledged = 0
            for write in writes where try await write.value { acknowledged += 1 }
            let reopened = try await Database.open(location, logger: TestDatabase.logger)
            #expect(try await ConversationStore.sql(reopened).list(scope, Page(limit: 100)).count == acknowledged)
            await reopened.close()
        }
    }
}
