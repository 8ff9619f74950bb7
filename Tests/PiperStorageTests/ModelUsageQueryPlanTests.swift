import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

/// The checks that run before every model call read an index range, not the whole table.
@Suite("Model usage query plans")
struct ModelUsageQueryPlanTests {
    static let workspace = UUID()
    static let owner = UUID()
    static let since = Fixtures.now

    /// The budget check's query, as ``ModelUsageStore/sql(_:now:)`` runs it.
    static var spendQuery: SQLQueryString {
        """
        SELECT CAST(COALESCE(SUM(cost_micros), 0) AS BIGINT) AS spent FROM model_calls \
        WHERE workspace_id = \(bind: workspace) AND created_at >= \(bind: since)
        """
    }

    /// The daily cap's query.
    static var requestsQuery: SQLQueryString {
        """
        SELECT COUNT(*) AS calls FROM model_calls \
        WHERE workspace_id = \(bind: workspace) AND owner_id = \(bind: owner) \
        AND created_at >= \(bind: since) AND outcome <> 'refused'
        """
    }

    /// The plan of `query` run under `setting`, as the store runs it.
    static func plan(of query: SQLQueryString, in database: Database, setting: TenantSetting) async throws -> String {
        try await database.read(in: setting) { sql in
            switch database.dialect {
            case .sqlite:
                return try await sql.raw("EXPLAIN QUERY PLAN " + query).all()
                    .map { try $0.decode(column: "detail", as: String.self) }.joined(separator: "\n")
            case .postgres:
                // A near-empty table is cheaper to scan; forbid that to see which index the planner can use.
                try await sql.raw("SET LOCAL enable_seqscan = off").run()
                return try await sql.raw("EXPLAIN " + query).all()
                    .map { try $0.decode(column: "QUERY PLAN", as: String.self) }.joined(separator: "\n")
            }
        }
    }

    @Test("the budget and cap checks use the workspace and owner indexes", arguments: TestDatabase.availableDialects)
    func budgetChecksUseIndexes(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let scope = Scope(workspace: Identifier(Self.workspace), owner: Identifier(Self.owner))
            let spend = try await Self.plan(of: Self.spendQuery, in: database, setting: .workspace(scope.workspace))
            let requests = try await Self.plan(of: Self.requestsQuery, in: database, setting: .owner(scope))
            // Both indexes lead with workspace_id; on a near-empty table PostgreSQL may pick either.
            #expect(["model_calls_workspace_idx", "model_calls_owner_idx"].contains { spend.contains($0) }, "\(spend)")
            #expect(!spend.contains("Seq Scan") && !spend.contains("SCAN model_calls"), "\(spend)")
            #expect(requests.contains("model_calls_owner_idx"), "\(requests)")
        }
    }
}
