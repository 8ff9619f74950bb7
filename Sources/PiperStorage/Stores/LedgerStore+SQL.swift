import Foundation
import PiperCore
import SQLKit

extension LedgerStore {
    /// The activity ledger over Piper's database (SQLite or PostgreSQL).
    package static func sql(_ database: Database) -> LedgerStore {
        LedgerStore(
            append: { scope, entries in
                guard !entries.isEmpty else { return }
                try await database.write(in: .owner(scope)) { sql in
                    try await LedgerRows.insert(entries, scope: scope, into: sql)
                }
            },
            entries: { scope, since, conversationID, limit in
                try await database.read(in: .owner(scope)) { sql in
                    var query = ScopedQuery.scoped(sql.select().columns("*").from("ledger_entries"), to: scope)
                        .where("created_at", .greaterThanOrEqual, since)
                    if let conversationID {
                        query = query.where("conversation_id", .equal, conversationID.rawValue)
                    }
                    return try await query.orderBy("created_at", .descending).orderBy("id", .descending)
                        .limit(Page(limit: limit).limit).all().map(LedgerRows.entry)
                }
            }
        )
    }
}

/// Rows of the ledger table.
enum LedgerRows {
    /// Stores entries under the caller's scope, whatever scope the values claim, in one statement.
    static func insert(_ entries: [LedgerEntry], scope: Scope, into sql: any SQLDatabase) async throws {
        guard !entries.isEmpty else { return }
        var insert = sql.insert(into: "ledger_entries")
            .columns(
                "id", "workspace_id", "owner_id", "conversation_id", "event", "subject_kind", "subject_id", "label",
                "created_at"
            )
        for entry in entries {
            insert = insert.values(
                [SQLBind(entry.id.rawValue)] + ScopedQuery.ownerValues(scope) + [
                    SQLBind(entry.conversationID?.rawValue), SQLBind(entry.event.rawValue),
                    SQLBind(entry.subjectKind.rawValue), SQLBind(entry.subjectID), SQLBind(entry.label),
                    SQLBind(entry.createdAt),
                ])
        }
        try await insert.run()
    }

    static func entry(_ row: any SQLRow) throws -> LedgerEntry {
        LedgerEntry(
            id: try row.identifier("id"),
            scope: try row.scope(),
            conversationID: try row.decode(column: "conversation_id", as: UUID?.self).map(Identifier.init),
            event: try row.enumeration("event", as: LedgerEntry.Event.self),
            subjectKind: try row.enumeration("subject_kind", as: LedgerEntry.SubjectKind.self),
            subjectID: try row.decode(column: "subject_id", as: String.self),
            label: try row.decode(column: "label", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self)
        )
    }
}
