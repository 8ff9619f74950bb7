import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

/// PostgreSQL's row-level security, checked with raw SQL that bypasses every store's own scoping.
@Suite("Row-level security", .enabled(if: TestDatabase.postgresAdminURL != nil, "needs PIPER_TEST_POSTGRES_URL"))
struct RowSecurityTests {
    /// Runs `body` on a migrated PostgreSQL database whose three tenants each hold a row in every table
    /// of ``RowSecuritySeed/tables``, written through the stores.
    private static func withSeededTenants(
        _ body: @escaping @Sendable (Database, EngineStoreContractTests.Tenants) async throws -> Void
    ) async throws {
        try await EngineStoreContractTests.withTenants(.postgres) { database, tenants in
            let bypass = try await database.rowSecurityBypass()
            try #require(bypass == nil, "connect as a role bound by row security (scripts/test-postgres.sh prints one)")
            try await RowSecuritySeed.fill(database, tenants.owner, conversation: tenants.conversation)
            for scope in [tenants.colleague, tenants.stranger] {
                try await RowSecuritySeed.fill(database, scope, conversation: Fixtures.conversation(in: scope))
            }
            try await body(database, tenants)
        }
    }

    private static func rows(
        of table: String, in database: Database, setting: TenantSetting? = nil
    ) async throws -> [Scope] {
        let read: @Sendable (any SQLDatabase) async throws -> [Scope] = { sql in
            try await sql.raw("SELECT * FROM \(unsafeRaw: table)").all().map { row in
                Scope(
                    workspace: Identifier(try row.decode(column: "workspace_id", as: UUID.self)),
                    owner: Identifier(try row.decode(column: "owner_id", as: UUID.self)))
            }
        }
        guard let setting else { return try await database.read(read) }
        return try await database.read(in: setting, read)
    }

    @Test("a connection without the tenant setting sees no rows in any owner-bearing table")
    func noSettingNoRows() async throws {
        try await Self.withSeededTenants { database, tenants in
            #expect(Set(RowSecuritySeed.tables).isSubset(of: Schema.rowSecurityTables))
            for table in Schema.rowSecurityTables {
                if RowSecuritySeed.tables.contains(table) {
                    let everyone = try await Self.rows(
                        of: table, in: database, setting: .workspace(tenants.owner.workspace))
                    #expect(!everyone.isEmpty, "\(table) was seeded")
                }
                let unscoped = try await Self.rows(of: table, in: database)
                #expect(unscoped.isEmpty, "\(table) shows rows without a tenant setting")
            }
        }
    }

    @Test("an owner's setting shows only that owner's rows; a workspace setting, only that workspace's")
    func settingConfinesRows() async throws {
        try await Self.withSeededTenants { database, tenants in
            for table in RowSecuritySeed.tables {
                let owners = try await Self.rows(of: table, in: database, setting: .owner(tenants.owner))
                #expect(!owners.isEmpty && owners.allSatisfy { $0 == tenants.owner }, "\(table)")
                let workspace = try await Self.rows(
                    of: table, in: database, setting: .workspace(tenants.owner.workspace))
                #expect(Set(workspace) == [tenants.owner, tenants.colleague], "\(table)")
                let strangers = try await Self.rows(of: table, in: database, setting: .owner(tenants.stranger))
                #expect(!strangers.isEmpty && strangers.allSatisfy { $0 == tenants.stranger }, "\(table)")
            }
        }
    }

    @Test("rows for another tenant cannot be inserted, nor rows moved to another owner")
    func writesAreChecked() async throws {
        try await Self.withSeededTenants { database, tenants in
            let stranger = tenants.stranger
            await #expect(throws: (any Error).self) {
                try await database.write(in: .owner(tenants.owner)) { sql in
                    try await sql.raw(
                        """
                        INSERT INTO todos (id, workspace_id, owner_id, number, title, status, created_at) VALUES \
                        (\(bind: UUID()), \(bind: stranger.workspace.rawValue), \(bind: stranger.owner.rawValue), 99, \
                        'planted', 'open', \(bind: Fixtures.now))
                        """
                    ).run()
                }
            }
            // The audit log refuses every update on its own, so it is left out here.
            for table in RowSecuritySeed.tables where table != "audit_events" {
                let error = await #expect(throws: (any Error).self, "\(table)") {
                    try await database.write(in: .owner(tenants.owner)) { sql in
                        try await sql.raw(
                            "UPDATE \(unsafeRaw: table) SET owner_id = \(bind: tenants.colleague.owner.rawValue)"
                        ).run()
                    }
                }
                #expect(error.map { String(reflecting: $0).contains("row-level security") } == true, "\(table)")
            }
            let stored = try await TodoStore.sql(database).list(stranger, [.open, .done])
            #expect(stored.map(\.title) == ["Todo of \(stranger.owner)"])
        }
    }

    @Test("naming a token's hash admits exactly that credential row and nothing else")
    func credentialLookup() async throws {
        try await Self.withSeededTenants { database, tenants in
            let hash = "api-\(tenants.stranger.owner)"
            let found = try await database.write { sql in
                try await sql.raw("SELECT set_config('piper.token_hash', \(bind: hash), true)").run()
                var visible: [String: Int] = [:]
                for table in Schema.rowSecurityTables {
                    visible[table] = try await sql.raw("SELECT * FROM \(unsafeRaw: table)").all().count
                }
                return visible
            }
            #expect(found["api_tokens"] == 1)
            #expect(found.filter { $0.key != "api_tokens" }.values.allSatisfy { $0 == 0 }, "\(found)")
        }
    }

    @Test("the stores still return each tenant's own data")
    func storesStillWork() async throws {
        try await Self.withSeededTenants { database, tenants in
            let master = try RowSecuritySeed.master()
            for scope in [tenants.owner, tenants.colleague, tenants.stranger] {
                let todos = try await TodoStore.sql(database).list(scope, [.open, .done])
                #expect(todos.map(\.title) == ["Todo of \(scope.owner)"])
                let conversations = try await ConversationStore.sql(database).list(scope, Page())
                #expect(conversations.count == 1 && conversations.allSatisfy { $0.scope == scope })
                let secret = try await SecretStore.sql(database, master: master).reveal(
                    scope, try SecretName("github.token"))
                #expect(secret == "token of \(scope.owner)")
                let reminders = try await ReminderStore.sql(database).list(scope, [.pending])
                #expect(reminders.map(\.scope) == [scope])
            }
            let audit = try await AuditLog.sql(database).workspaceEntries(tenants.owner.workspace, Page())
            #expect(Set(audit.map(\.scope)) == [tenants.owner, tenants.colleague])
        }
    }

    @Test("due reminders of every workspace fire under each workspace's own setting")
    func remindersFireAcrossWorkspaces() async throws {
        try await Self.withSeededTenants { database, tenants in
            let fired = try await ReminderStore.sql(database).fireDue(Fixtures.now.addingTimeInterval(86_400), 10) {
                ReminderFiring.content(for: $0, ids: .random, now: Fixtures.now)
            }
            #expect(Set(fired.map(\.reminder.scope)) == [tenants.owner, tenants.colleague, tenants.stranger])
            #expect(fired.allSatisfy { $0.turn.scope == $0.reminder.scope })
        }
    }

    @Test("every table with workspace_id and owner_id forces row-level security")
    func everyOwnerBearingTableIsCovered() async throws {
        try await TestDatabase.withMigrated(.postgres) { database in
            let tables = try await database.read { sql in
                try await sql.raw(
                    """
                    SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                    (SELECT COUNT(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = current_schema() AND c.relkind = 'r'
                    AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = n.nspname
                        AND k.table_name = c.relname AND k.column_name = 'workspace_id')
                    AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = n.nspname
                        AND k.table_name = c.relname AND k.column_name = 'owner_id')
                    ORDER BY c.relname
                    """
                ).all().map { row in
                    (
                        name: try row.decode(column: "name", as: String.self),
                        isGuarded: try row.decode(column: "enabled", as: Bool.self)
                            && row.decode(column: "forced", as: Bool.self)
                            && row.decode(column: "policies", as: Int.self) > 0
                    )
                }
            }
            let unguarded = tables.filter { !$0.isGuarded }.map(\.name)
            #expect(unguarded.isEmpty, "owner-bearing tables without forced row-level security: \(unguarded)")
            #expect(Set(Schema.rowSecurityTables).isSubset(of: tables.map(\.name)))
        }
    }
}
