import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

@Suite("Migrator")
struct MigratorTests {
    private static func withOpened<T: Sendable>(
        _ dialect: Dialect,
        _ body: @escaping @Sendable (Database) async throws -> T
    ) async throws -> T {
        try await TestDatabase.withFreshLocation(dialect) { location in
            let database = try await Database.open(
                location, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
            return try await withServedDatabase(database, body)
        }
    }

    @Test("applies every migration on an empty database, then nothing", arguments: TestDatabase.availableDialects)
    func appliesOnce(dialect: Dialect) async throws {
        try await Self.withOpened(dialect) { database in
            let migrator = Migrator(database: database, clock: { Fixtures.now })
            #expect(try await migrator.status() == SchemaStatus(current: 0, latest: Schema.migrations.count))
            let first = try await migrator.migrate()
            #expect(first.map(\.version) == Array(1...Schema.migrations.count))
            #expect(try await migrator.migrate().isEmpty)
            #expect(
                try await migrator.status()
                    == SchemaStatus(current: Schema.migrations.count, latest: Schema.migrations.count))
        }
    }

    @Test("refuses a database migrated by a newer binary, changing nothing", arguments: TestDatabase.availableDialects)
    func refusesNewerDatabase(dialect: Dialect) async throws {
        try await Self.withOpened(dialect) { database in
            try await Migrator(database: database, clock: { Fixtures.now }).migrate()
            let future = Migration(version: Schema.migrations.count + 1, name: "from the future") { _ in
                ["CREATE TABLE from_the_future (id INTEGER PRIMARY KEY)"]
            }
            try await Migrator(database: database, migrations: Schema.migrations + [future], clock: { Fixtures.now })
                .migrate()
            let older = Migrator(database: database, clock: { Fixtures.now })
            let expected = MigrationError.databaseNewerThanBinary(
                database: Schema.migrations.count + 1, binary: Schema.migrations.count
            )
            await #expect(throws: expected) { try await older.migrate() }
            #expect(try await older.status().isNewerThanBinary)
        }
    }

    @Test("a failing migration leaves the schema as it was", arguments: TestDatabase.availableDialects)
    func failingMigrationRollsBack(dialect: Dialect) async throws {
        try await Self.withOpened(dialect) { database in
            let broken = Migration(version: Schema.migrations.count + 1, name: "broken") { _ in
                ["CREATE TABLE half_done (id INTEGER PRIMARY KEY)", "THIS IS NOT SQL"]
            }
            let migrator = Migrator(
                database: database, migrations: Schema.migrations + [broken], clock: { Fixtures.now })
            await #expect(throws: (any Error).self) { try await migrator.migrate() }
            let status = try await migrator.status()
            #expect(status.current == 0)
            await #expect(throws: (any Error).self, "no table survives the rolled-back transaction") {
                try await database.read { sql in
                    try await sql.raw("SELECT COUNT(*) AS n FROM workspaces").all().count
                }
            }
        }
    }
}
