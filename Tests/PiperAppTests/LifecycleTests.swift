import Foundation
import Logging
import PiperApp
import PiperCore
import PiperStorage
import PiperTestSupport
import ServiceLifecycle
import Testing

@Suite("Lifecycle and migrate command")
struct LifecycleTests {
    @Test("graceful shutdown stops the database service and closes the database")
    func gracefulShutdownClosesDatabase() async throws {
        try await TestDatabase.withFreshLocation(.sqlite) { location in
            let database = try await Database.open(
                location, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
            let group = ServiceGroup(
                services: [DatabaseService(database: database, logger: TestDatabase.logger)],
                logger: TestDatabase.logger
            )
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                try await database.ping(timeout: 5)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
            await #expect(throws: StorageError.self) { try await database.ping(timeout: 5) }
        }
    }

    @Test("piper migrate migrates once, then reports the database up to date")
    func migrateCommand() async throws {
        try await TestDatabase.withFreshLocation(.sqlite) { location in
            let configuration = DatabaseConfiguration(location: location, timeout: 5)
            let status = try await MigrationReport.run(configuration: configuration, onlyStatus: true)
            #expect(status.contains("schema version 0 of \(Schema.migrations.count)"))
            let first = try await MigrationReport.run(configuration: configuration, onlyStatus: false)
            #expect(first.contains("migrated to schema version \(Schema.migrations.count)"))
            #expect(first.contains("applied 1 foundation"))
            let second = try await MigrationReport.run(configuration: configuration, onlyStatus: false)
            #expect(second.contains("already up to date"))
        }
    }
}
