import Configuration
import Foundation
import HummingbirdTesting
import Logging
import PiperApp
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Application from configuration")
struct ApplicationSmokeTests {
    private static func reader(database: String) async throws -> ConfigReader {
        try await ConfigSources(flags: ["database.url": database, "http.port": "0"], environment: [:]).makeReader()
    }

    @Test(
        "boots on a database, migrates it, creates the local user and reports ready",
        arguments: TestDatabase.availableDialects)
    func boots(dialect: Dialect) async throws {
        try await TestDatabase.withFreshLocation(dialect) { location in
            let target = location.configurationText
            let app = try await buildApplication(
                reader: try await Self.reader(database: target), logger: TestDatabase.logger)
            try await app.testLive { client in
                try await client.execute(uri: "/health/ready", method: .get) { response in
                    #expect(response.status == .ok)
                }
            }
            let database = try await Database.open(
                location, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
            try await withServedDatabase(database) { database in
                let status = try await Migrator(database: database, clock: { Date() }).status()
                #expect(status == SchemaStatus(current: Schema.migrations.count, latest: Schema.migrations.count))
                let principal = try await AccountStore.sql(database).claimInstallation(
                    Fixtures.workspace(), Fixtures.user())
                #expect(
                    try await AccountStore.sql(database).workspace(principal.workspaceID)?.name == "Local workspace")
            }
        }
    }

    @Test("never logs the database password", .enabled(if: TestDatabase.postgresAdminURL != nil))
    func passwordStaysOutOfLogs() async throws {
        try await TestDatabase.withFreshLocation(.postgres) { location in
            guard case .postgres(let postgres) = location, let password = postgres.password else { return }
            let logs = CapturedLogs()
            let reader = try await Self.reader(database: location.configurationText)
            let app = try await buildApplication(reader: reader, logger: logs.logger())
            try await app.testLive { client in
                _ = try await client.execute(uri: "/health/ready", method: .get)
            }
            #expect(!logs.records.isEmpty)
            #expect(logs.records.allSatisfy { !$0.fullText.contains(password) })
        }
    }

    @Test("refuses to start on a database from a newer Piper")
    func refusesNewerDatabase() async throws {
        try await Self.withAppOnNewerDatabase { app in
            await #expect(throws: MigrationError.self) {
                try await withDeadline(seconds: 30) { try await app.run() }
            }
        }
    }

    @Test("a live test of an application that cannot start fails with the start-up error instead of waiting")
    func liveTestReportsFailedStartup() async throws {
        try await Self.withAppOnNewerDatabase { app in
            await #expect(throws: MigrationError.self) {
                try await app.testLive { client in
                    Issue.record("the test ran against an application that did not start")
                    _ = try await client.execute(uri: "/health/ready", method: .get)
                }
            }
        }
    }

    /// An application configured for a SQLite database that a newer Piper has migrated, so start-up fails.
    private static func withAppOnNewerDatabase(_ body: @escaping @Sendable (PiperApplication) async throws -> Void)
        async throws
    {
        try await TestDatabase.withFreshLocation(.sqlite) { location in
            let database = try await Database.open(
                location, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
            try await withServedDatabase(database) { database in
                let future = Migration(version: Schema.migrations.count + 1, name: "future") { _ in [] }
                try await Migrator(database: database, migrations: Schema.migrations + [future], clock: { Date() })
                    .migrate()
            }
            try await body(
                try await buildApplication(
                    reader: try await reader(database: location.configurationText), logger: TestDatabase.logger))
        }
    }
}
