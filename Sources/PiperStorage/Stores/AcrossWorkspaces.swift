import PiperCore
import SQLKit

/// Piper's own work across tenants (firing reminders, rotating keys), done one workspace at a time under
/// that workspace's own setting, so it needs no way around row-level security.
enum AcrossWorkspaces {
    /// Runs `body` for each workspace in a stable order, inside the caller's transaction, with the
    /// workspace-wide setting applied; stops early when `body` returns `false`.
    static func visit(
        _ sql: any SQLDatabase, dialect: Dialect, _ body: (Workspace.ID) async throws -> Bool
    ) async throws {
        // The workspaces table carries no owner data and no row-level security.
        let workspaces: [Workspace.ID] = try await sql.select().column("id").from("workspaces").orderBy("id").all()
            .map { try $0.identifier("id") }
        for workspace in workspaces {
            try await TenantSetting.workspace(workspace).apply(to: sql, dialect: dialect)
            guard try await body(workspace) else { return }
        }
    }
}
