import Foundation
import PiperCore
import SQLKit

/// Rows of the model_limits table: at most one per workspace.
enum ModelLimitRows {
    /// The workspace's own limits, if it has set any.
    static func find(_ workspace: Workspace.ID, sql: any SQLDatabase) async throws -> ModelLimits? {
        let row = try await sql.select().columns("monthly_budget_micros", "daily_requests_per_user")
            .from("model_limits").where("workspace_id", .equal, workspace.rawValue).first()
        return try row.map { row in
            ModelLimits(
                monthlyBudgetMicros: try row.decode(column: "monthly_budget_micros", as: Int64?.self),
                dailyRequestsPerUser: try row.decode(column: "daily_requests_per_user", as: Int?.self))
        }
    }

    /// Replaces the workspace's limits; `nil` removes them, so the configured defaults apply again.
    static func save(_ limits: ModelLimits?, for workspace: Workspace.ID, at now: Date, sql: any SQLDatabase)
        async throws
    {
        try await sql.delete(from: "model_limits").where("workspace_id", .equal, workspace.rawValue).run()
        guard let limits else { return }
        try await sql.insert(into: "model_limits")
            .columns("workspace_id", "monthly_budget_micros", "daily_requests_per_user", "updated_at")
            .values(
                SQLBind(workspace.rawValue), SQLBind(limits.monthlyBudgetMicros),
                SQLBind(limits.dailyRequestsPerUser), SQLBind(now)
            ).run()
    }
}
