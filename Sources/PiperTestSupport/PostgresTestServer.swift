import Foundation
import PiperCore
import PiperStorage

/// Creates and drops throwaway databases on the PostgreSQL server named by `PIPER_TEST_POSTGRES_URL`.
enum PostgresTestServer {
    static func withFreshDatabase<T: Sendable>(_ body: @Sendable (DatabaseLocation) async throws -> T) async throws -> T
    {
        guard let url = TestDatabase.postgresAdminURL else {
            throw StorageError.unavailable("PIPER_TEST_POSTGRES_URL is not set")
        }
        guard case .postgres(let admin) = try DatabaseLocation(parsing: url) else {
            throw StorageError.invalidLocation("PIPER_TEST_POSTGRES_URL must be a postgres:// URL")
        }
        let name = "piper_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await runAdmin(admin, "CREATE DATABASE \(name)")
        var location = admin
        location.database = name
        do {
            let result = try await body(.postgres(location))
            try await runAdmin(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            return result
        } catch {
            try? await runAdmin(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            throw error
        }
    }

    /// Runs one statement on the admin database. CREATE and DROP DATABASE wait for the server's checkpoints,
    /// which queue up while a parallel run creates and drops dozens of databases at once: they get a minute,
    /// not the 15 seconds Piper allows an operation.
    private static func runAdmin(_ admin: PostgresLocation, _ statement: String) async throws {
        let database = try await Database.open(.postgres(admin), operationTimeout: 60, logger: TestDatabase.logger)
        try await withServedDatabase(database) { database in
            try await database.read { try await $0.raw(.init(statement)).run() }
        }
    }
}
