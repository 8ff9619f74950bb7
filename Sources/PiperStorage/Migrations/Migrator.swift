import Foundation
import SQLKit

/// Applies the versioned migrations, once each, in order, under a lock shared by every process.
package struct Migrator: Sendable {
    private let database: Database
    private let migrations: [Migration]
    private let clock: @Sendable () -> Date

    /// Creates a migrator over the given migrations (by default, all of Piper's).
    package init(database: Database, migrations: [Migration] = Schema.migrations, clock: @escaping @Sendable () -> Date)
    {
        precondition(
            migrations.map(\.version) == Array(stride(from: 1, through: migrations.count, by: 1)),
            "migration versions must run 1, 2, 3… without gaps"
        )
        self.database = database
        self.migrations = migrations
        self.clock = clock
    }

    /// The newest version this binary knows.
    package var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Reads the applied version without changing anything.
    package func status() async throws -> SchemaStatus {
        let dialect = database.dialect
        let current = try await database.read { database in
            try await Self.appliedVersion(in: database, dialect: dialect)
        }
        return SchemaStatus(current: current, latest: latestVersion)
    }

    /// Applies every pending migration in one transaction and returns them; applying twice is a no-op.
    ///
    /// - Throws: ``MigrationError/databaseNewerThanBinary(database:binary:)`` without changing anything.
    @discardableResult
    package func migrate() async throws -> [Migration] {
        let dialect = database.dialect
        let migrations = migrations
        let latest = latestVersion
        let now = clock()
        return try await database.write { database in
            if let lock = dialect.lockStatement(for: .migration) {
                try await database.raw(SQLQueryString(lock)).run()
            }
            try await Self.createVersionTable(in: database, dialect: dialect)
            let current = try await Self.appliedVersion(in: database, dialect: dialect)
            guard current <= latest else {
                throw MigrationError.databaseNewerThanBinary(database: current, binary: latest)
            }
            let pending = migrations.filter { $0.version > current }
            for migration in pending {
                try await migration.apply(database, dialect)
                try await database.insert(into: Self.versionTable)
                    .columns("version", "name", "applied_at")
                    .values(SQLBind(migration.version), SQLBind(migration.name), SQLBind(now))
                    .run()
            }
            return pending
        }
    }

    private static let versionTable = "schema_migrations"

    private static func createVersionTable(in database: any SQLDatabase, dialect: Dialect) async throws {
        try await database.raw(
            """
            CREATE TABLE IF NOT EXISTS \(unsafeRaw: versionTable) (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at \(unsafeRaw: dialect.timestampType) NOT NULL
            )
            """
        ).run()
    }

    private static func appliedVersion(in database: any SQLDatabase, dialect: Dialect) async throws -> Int {
        guard try await hasVersionTable(in: database, dialect: dialect) else { return 0 }
        let row = try await database.raw("SELECT MAX(version) AS version FROM \(unsafeRaw: versionTable)").first()
        return try row?.decode(column: "version", as: Int?.self) ?? 0
    }

    private static func hasVersionTable(in database: any SQLDatabase, dialect: Dialect) async throws -> Bool {
        let query: SQLQueryString =
            switch dialect {
            case .sqlite:
                "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = \(bind: versionTable)"
            case .postgres:
                """
                SELECT COUNT(*) AS n FROM information_schema.tables
                WHERE table_name = \(bind: versionTable) AND table_schema = current_schema()
                """
            }
        let count = try await database.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
        return count > 0
    }
}
