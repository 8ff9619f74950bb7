import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

@Suite("SQLite settings")
struct SQLiteSettingsTests {
    @Test("the embedded database runs in WAL mode with foreign keys enforced")
    func walAndForeignKeys() async throws {
        try await TestDatabase.withMigrated(.sqlite) { database in
            let mode = try await database.read { sql in
                try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
            }
            #expect(mode == "wal")
            await #expect(throws: (any Error).self, "a membership of a workspace that does not exist is refused") {
                try await database.write { sql in
                    try await sql.raw(
                        """
                        INSERT INTO memberships (workspace_id, user_id, role, created_at)
                        VALUES ('no-such-workspace', 'no-such-user', 'owner', 0)
                        """
                    ).run()
                }
            }
        }
    }

    @Test("read connections refuse to write")
    func readsAreReadOnly() async throws {
        try await TestDatabase.withMigrated(.sqlite) { database in
            await #expect(throws: (any Error).self) {
                try await database.read { sql in
                    try await sql.raw("INSERT INTO workspaces (id, name, created_at) VALUES ('x', 'x', 0)").run()
                }
            }
        }
    }
}
