import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

/// Model calls and limits behind PostgreSQL's row-level security, erased with their owner, and the budget
/// checks' queries served by their indexes.
@Suite("Model usage security")
struct ModelUsageSecurityTests {
    /// A database whose three members each made one call, with limits set for both workspaces.
    static func withSeededDatabase(
        _ dialect: Dialect, _ body: @escaping @Sendable (Database, ModelUsageSeed) async throws -> Void
    ) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let seed = try await ModelUsageSeed.make(in: .sql(database))
            let store = ModelUsageStore.sql(database, now: { Fixtures.now })
            for scope in [seed.owner, seed.colleague, seed.stranger] {
                try await store.record(ModelUsageSeed.call(scope, at: "2026-09-21T08:00:00Z"))
            }
            for workspace in [seed.owner.workspace, seed.stranger.workspace] {
                try await store.setLimits(workspace, ModelLimits(monthlyBudgetMicros: 1, dailyRequestsPerUser: 1))
            }
            try await body(database, seed)
        }
    }

    static func owners(in database: Database, setting: TenantSetting?) async throws -> [Scope] {
        let read: @Sendable (any SQLDatabase) async throws -> [Scope] = { sql in
            try await sql.raw("SELECT workspace_id, owner_id FROM model_calls").all().map { row in
                Scope(
                    workspace: Identifier(try row.decode(column: "workspace_id", as: UUID.self)),
                    owner: Identifier(try row.decode(column: "owner_id", as: UUID.self)))
            }
        }
        guard let setting else { return try await database.read(read) }
        return try await database.read(in: setting, read)
    }

    static func limitedWorkspaces(in database: Database, setting: TenantSetting?) async throws -> [UUID] {
        let read: @Sendable (any SQLDatabase) async throws -> [UUID] = { sql in
            try await sql.raw("SELECT workspace_id FROM model_limits").all().map {
                try $0.decode(column: "workspace_id", as: UUID.self)
            }
        }
        guard let setting else { return try await database.read(read) }
        return try await database.read(in: setting, read)
    }

    @Test(
        "row security hides model calls and limits from raw queries outside the tenant setting",
        .enabled(if: TestDatabase.postgresAdminURL != nil, "needs PIPER_TEST_POSTGRES_URL"))
    func rowSecurity() async throws {
        try await Self.withSeededDatabase(.postgres) { database, seed in
            #expect(try await database.rowSecurityBypass() == nil)
            #expect(try await Self.owners(in: database, setting: nil).isEmpty)
            #expect(try await Self.owners(in: database, setting: .owner(seed.owner)) == [seed.owner])
            let workspace = try await Self.owners(in: database, setting: .workspace(seed.owner.workspace))
            #expect(Set(workspace) == [seed.owner, seed.colleague])
            #expect(try await Self.owners(in: database, setting: .owner(seed.stranger)) == [seed.stranger])
            #expect(try await Self.limitedWorkspaces(in: database, setting: nil).isEmpty)
            let strangers = try await Self.limitedWorkspaces(in: database, setting: .owner(seed.stranger))
            #expect(strangers == [seed.stranger.workspace.rawValue])
        }
    }

    @Test(
        "row security refuses a call recorded for, or limits set on, another tenant",
        .enabled(if: TestDatabase.postgresAdminURL != nil, "needs PIPER_TEST_POSTGRES_URL"))
    func plantedRowsRefused() async throws {
        try await Self.withSeededDatabase(.postgres) { database, seed in
            let stranger = seed.stranger
            await #expect(throws: (any Error).self) {
                try await database.write(in: .owner(seed.owner)) { sql in
                    try await sql.raw(
                        """
                        INSERT INTO model_calls (id, workspace_id, owner_id, task, provider, model, input_tokens, \
                        output_tokens, cost_micros, latency_ms, outcome, created_at) VALUES (\(bind: UUID()), \
                        \(bind: stranger.workspace.rawValue), \(bind: stranger.owner.rawValue), 'floor', 'openai', \
                        'gpt', 1, 1, 1, 1, 'success', \(bind: Fixtures.now))
                        """
                    ).run()
                }
            }
            await #expect(throws: (any Error).self) {
                try await database.write(in: .owner(seed.owner)) { sql in
                    try await sql.raw(
                        "UPDATE model_limits SET workspace_id = \(bind: stranger.workspace.rawValue)"
                    ).run()
                }
            }
        }
    }

    @Test(
        "erasing a person's data deletes their model calls and no one else's", arguments: TestDatabase.availableDialects
    )
    func erasure(dialect: Dialect) async throws {
        try await Self.withSeededDatabase(dialect) { database, seed in
            try await PersonalDataStore.sql(database).erase(seed.owner)
            let store = ModelUsageStore.sql(database)
            let since = ModelUsageSeed.instant("2026-09-01T00:00:00Z")
            let owners = try await store.userRequests(seed.owner, since)
            let colleagues = try await store.userRequests(seed.colleague, since)
            #expect(owners == 0 && colleagues == 1)
            #expect(try await store.limits(seed.owner.workspace) != nil)
        }
    }
}
