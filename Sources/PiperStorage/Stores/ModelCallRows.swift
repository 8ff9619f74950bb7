import Foundation
import PiperCore
import SQLKit

/// Rows of the model_calls table.
enum ModelCallRows {
    /// Which calls a usage report covers.
    struct Filter {
        var scope: Scope
        var wholeWorkspace: Bool
        var from: Date
        var to: Date
    }

    /// Stores a call under its own scope.
    static func insert(_ call: ModelCallRecord, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "model_calls")
            .columns(
                "id", "workspace_id", "owner_id", "conversation_id", "turn_id", "task", "provider", "model",
                "input_tokens", "output_tokens", "cost_micros", "latency_ms", "outcome", "error_type", "created_at"
            )
            .values(
                [SQLBind(call.id.rawValue)] + ScopedQuery.ownerValues(call.scope) + [
                    SQLBind(call.conversationID?.rawValue), SQLBind(call.turnID?.rawValue),
                    SQLBind(call.task.rawValue), SQLBind(call.provider), SQLBind(call.model),
                    SQLBind(call.inputTokens), SQLBind(call.outputTokens), SQLBind(call.costMicros),
                    SQLBind(call.latencyMilliseconds), SQLBind(call.outcome.rawValue), SQLBind(call.errorType),
                    SQLBind(call.createdAt),
                ]
            ).run()
    }

    /// Totals per UTC day, task, provider and model, in that order.
    static func usage(_ filter: Filter, dialect: Dialect, sql: any SQLDatabase) async throws -> [ModelUsageRow] {
        var query: SQLQueryString = """
            SELECT \(unsafeRaw: dialect.utcDay(of: "created_at")) AS day, task, provider, model, COUNT(*) AS calls, \
            CAST(SUM(CASE WHEN outcome = 'success' THEN 0 ELSE 1 END) AS BIGINT) AS failures, \
            CAST(SUM(input_tokens) AS BIGINT) AS input_tokens, CAST(SUM(output_tokens) AS BIGINT) AS output_tokens, \
            CAST(SUM(cost_micros) AS BIGINT) AS cost_micros, SUM(latency_ms) AS latency_ms \
            FROM model_calls WHERE workspace_id = \(bind: filter.scope.workspace.rawValue)
            """
        if !filter.wholeWorkspace {
            query += " AND owner_id = \(bind: filter.scope.owner.rawValue)"
        }
        query += """
             AND created_at >= \(bind: filter.from) AND created_at < \(bind: filter.to) \
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            """
        return try await sql.raw(query).all().map(row)
    }

    /// Micro-dollars spent in the workspace since `since`.
    static func spend(_ workspace: Workspace.ID, since: Date, sql: any SQLDatabase) async throws -> Int64 {
        let row = try await sql.raw(
            """
            SELECT CAST(COALESCE(SUM(cost_micros), 0) AS BIGINT) AS spent FROM model_calls \
            WHERE workspace_id = \(bind: workspace.rawValue) AND created_at >= \(bind: since)
            """
        ).first()
        return try row?.decode(column: "spent", as: Int64.self) ?? 0
    }

    /// Calls other than refusals the user made since `since`.
    static func requests(_ scope: Scope, since: Date, sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.raw(
            """
            SELECT COUNT(*) AS calls FROM model_calls \
            WHERE workspace_id = \(bind: scope.workspace.rawValue) AND owner_id = \(bind: scope.owner.rawValue) \
            AND created_at >= \(bind: since) AND outcome <> 'refused'
            """
        ).first()
        return try row?.decode(column: "calls", as: Int.self) ?? 0
    }

    private static func row(_ row: any SQLRow) throws -> ModelUsageRow {
        ModelUsageRow(
            day: try row.decode(column: "day", as: String.self),
            task: try row.enumeration("task", as: ModelTask.self),
            provider: try row.decode(column: "provider", as: String.self),
            model: try row.decode(column: "model", as: String.self),
            calls: try row.decode(column: "calls", as: Int.self),
            failures: try row.decode(column: "failures", as: Int.self),
            inputTokens: try row.decode(column: "input_tokens", as: Int.self),
            outputTokens: try row.decode(column: "output_tokens", as: Int.self),
            costMicros: try row.decode(column: "cost_micros", as: Int64.self),
            latencyMilliseconds: try row.decode(column: "latency_ms", as: Double.self))
    }
}
