import Foundation
import PiperCore
import SQLKit

extension ModelUsageStore {
    /// Model-call accounting and limits over Piper's database (SQLite or PostgreSQL).
    ///
    /// Budget and cap checks run before every model call, so ``workspaceSpend`` and ``userRequests`` read
    /// only the `(workspace_id, created_at)` and `(workspace_id, owner_id, created_at)` indexes' ranges.
    package static func sql(_ database: Database, now: @escaping @Sendable () -> Date = Date.init) -> ModelUsageStore {
        ModelUsageStore(
            record: { call in
                try await database.write(in: .owner(call.scope)) { sql in
                    try await ModelCallRows.insert(call, into: sql)
                }
            },
            usage: { scope, from, to, wholeWorkspace in
                let setting: TenantSetting = wholeWorkspace ? .workspace(scope.workspace) : .owner(scope)
                return try await database.read(in: setting) { sql in
                    try await ModelCallRows.usage(
                        ModelCallRows.Filter(scope: scope, wholeWorkspace: wholeWorkspace, from: from, to: to),
                        dialect: database.dialect, sql: sql)
                }
            },
            workspaceSpend: { workspace, since in
                try await database.read(in: .workspace(workspace)) { sql in
                    try await ModelCallRows.spend(workspace, since: since, sql: sql)
                }
            },
            userRequests: { scope, since in
                try await database.read(in: .owner(scope)) { sql in
                    try await ModelCallRows.requests(scope, since: since, sql: sql)
                }
            },
            limits: { workspace in
                try await database.read(in: .workspace(workspace)) { sql in
                    try await ModelLimitRows.find(workspace, sql: sql)
                }
            },
            setLimits: { workspace, limits in
                try await database.write(in: .workspace(workspace)) { sql in
                    try await ModelLimitRows.save(limits, for: workspace, at: now(), sql: sql)
                }
            }
        )
    }
}
