import Foundation
import PiperApp
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("piper serve and row-level security")
struct RowSecurityRequirementTests {
    /// The test server's role that bypasses row security (created by scripts/test-postgres.sh).
    static var bypassURL: String? {
        guard let url = TestDatabase.postgresAdminURL, url.contains("piper_app:") else { return nil }
        return url.replacingOccurrences(of: "piper_app:", with: "piper_bypass:")
    }

    @Test(
        "serve refuses a role that bypasses row security with one line that says how to fix it",
        .enabled(if: bypassURL != nil))
    func refusesBypassingRole() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await CommandRun.run(
            "piper", ["serve", "--port", "0", "--database", try #require(Self.bypassURL)], in: folder,
            environment: ["PIPER_SECRETS_KEY": MasterKey.generateBase64()])
        #expect(run.status != 0)
        let lines = run.errors.split(separator: "\n").filter { $0.contains("row-level security") }
        #expect(lines.count == 1)
        #expect(
            lines.first?.contains("NOBYPASSRLS") == true && lines.first?.contains("database.allow_rls_bypass") == true)
        #expect(!run.errors.contains("piper-test-password"))
    }

    @Test("the check passes a bound role, and a bypassing one only when allowed", .enabled(if: bypassURL != nil))
    func check() async throws {
        let bypass = try DatabaseLocation(parsing: try #require(Self.bypassURL))
        let database = try await Database.open(
            bypass, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
        try await withServedDatabase(database) { database in
            await #expect(throws: RowSecurityBypassRefused(reason: .bypassAttribute)) {
                try await RowSecurityRequirement.check(
                    database, configuration: DatabaseConfiguration(location: bypass, timeout: 5))
            }
            try await RowSecurityRequirement.check(
                database,
                configuration: DatabaseConfiguration(location: bypass, timeout: 5, allowsRowSecurityBypass: true))
        }
        let bound = try DatabaseLocation(parsing: try #require(TestDatabase.postgresAdminURL))
        let app = try await Database.open(
            bound, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
        try await withServedDatabase(app) { database in
            try await RowSecurityRequirement.check(
                database, configuration: DatabaseConfiguration(location: bound, timeout: 5))
        }
    }
}
