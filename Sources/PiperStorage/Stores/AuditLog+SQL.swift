import Foundation
import PiperCore
import SQLKit

extension AuditLog {
    /// The audit log over Piper's database.
    package static func sql(_ database: Database) -> AuditLog {
        AuditLog(
            record: { event in
                try await database.write(in: .owner(event.scope)) { sql in
                    try await sql.insert(into: "audit_events")
                        .columns(
                            "id", "workspace_id", "owner_id", "actor_id", "action", "target", "request_id",
                            "created_at",
                            "detail"
                        )
                        .values(
                            [SQLBind(event.id.rawValue)] + ScopedQuery.ownerValues(event.scope) + [
                                SQLBind(event.actor?.rawValue), SQLBind(event.action.rawValue), SQLBind(event.target),
                                SQLBind(event.requestID), SQLBind(event.createdAt), SQLBind(event.detail),
                            ]
                        ).run()
                }
            },
            entries: { scope, page in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("audit_events"), to: scope)
                        .orderBy("created_at", .descending).orderBy("id", .descending)
                        .limit(page.limit).offset(page.offset).all().map(AuditRows.event)
                }
            },
            workspaceEntries: { workspace, page in
                try await database.read(in: .workspace(workspace)) { sql in
                    try await sql.select().columns("*").from("audit_events")
                        .where("workspace_id", .equal, workspace.rawValue)
                        .orderBy("created_at", .descending).orderBy("id", .descending)
                        .limit(page.limit).offset(page.offset).all().map(AuditRows.event)
                }
            }
        )
    }
}

/// Rows of the audit_events table.
enum AuditRows {
    static func event(_ row: any SQLRow) throws -> AuditEvent {
        AuditEvent(
            id: try row.identifier("id"),
            scope: try row.scope(),
            actor: try row.decode(column: "actor_id", as: UUID?.self).map(Identifier.init),
            action: try row.enumeration("action", as: AuditEvent.Action.self),
            target: try row.decode(column: "target", as: String.self),
            requestID: try row.decode(column: "request_id", as: String?.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            detail: try row.decode(column: "detail", as: String?.self))
    }
}
