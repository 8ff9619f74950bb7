import Foundation
import PiperCore
import SQLKit

extension ReminderStore {
    /// The reminder store over Piper's database (SQLite or PostgreSQL).
    package static func sql(_ database: Database) -> ReminderStore {
        ReminderStore(
            insert: { reminder in
                try await database.write(in: .owner(reminder.scope)) {
                    try await ReminderRows.insert(reminder, into: $0)
                }
            },
            list: { scope, statuses in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("reminders"), to: scope)
                        .where("status", .in, statuses.map(\.rawValue).sorted())
                        .orderBy("due_at").orderBy("id").all().map(ReminderRows.reminder)
                }
            },
            cancel: { scope, id in
                try await database.write(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.update("reminders"), to: scope)
                        .set("status", to: Reminder.Status.cancelled.rawValue)
                        .where("id", .equal, id.rawValue)
                        .where("status", .equal, Reminder.Status.pending.rawValue)
                        .returning("*").first().map(ReminderRows.reminder) ?? { throw ReminderError.notFound(id) }()
                }
            },
            fireDue: { now, limit, wording in
                let dialect = database.dialect
                return try await database.write { sql in
                    var fired: [FiredReminder] = []
                    try await AcrossWorkspaces.visit(sql, dialect: dialect) { workspace in
                        fired += try await ReminderRows.fireDue(
                            in: workspace, now: now, limit: limit - fired.count, sql: sql, dialect: dialect,
                            wording: wording)
                        return fired.count < limit
                    }
                    return fired
                }
            }
        )
    }
}

/// Rows of the reminders table.
enum ReminderRows {
    static func insert(_ reminder: Reminder, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "reminders")
            .columns(
                "id", "workspace_id", "owner_id", "conversation_id", "text", "due_at", "status", "created_at",
                "fired_at"
            )
            .values(
                [SQLBind(reminder.id.rawValue)] + ScopedQuery.ownerValues(reminder.scope) + [
                    SQLBind(reminder.conversationID?.rawValue), SQLBind(reminder.text), SQLBind(reminder.dueAt),
                    SQLBind(reminder.status.rawValue), SQLBind(reminder.createdAt), SQLBind(reminder.firedAt),
                ]
            ).run()
    }

    /// Claims the workspace's due reminders (skipping rows another instance holds), posts each and marks
    /// it fired.
    static func fireDue(
        in workspace: Workspace.ID, now: Date, limit: Int, sql: any SQLDatabase, dialect: Dialect,
        wording: @Sendable (Reminder) -> TurnDraftContent
    ) async throws -> [FiredReminder] {
        let due = try await sql.raw(
            """
            SELECT * FROM reminders WHERE workspace_id = \(bind: workspace.rawValue) AND status = 'pending' \
            AND due_at <= \(bind: now) ORDER BY due_at, id LIMIT \(literal: limit) \(unsafeRaw: dialect.skipLockedClause)
            """
        ).all().map(reminder)
        var fired: [FiredReminder] = []
        for var reminder in due {
            let content = wording(reminder)
            let conversationID = try await postingConversation(for: reminder, content: content, sql: sql)
            let draft = TurnDraft(
                id: content.id, conversationID: conversationID, speaker: .piper, text: content.text, createdAt: now,
                details: content.details)
            guard let turn = try await ConversationRows.append([draft], in: reminder.scope, sql: sql).first else {
                throw ConversationError.notFound(draft.conversationID)
            }
            try await sql.update("reminders")
                .set("status", to: Reminder.Status.fired.rawValue).set("fired_at", to: now)
                .where("id", .equal, reminder.id.rawValue).run()
            reminder.status = .fired
            reminder.firedAt = now
            fired.append(FiredReminder(reminder: reminder, turn: turn))
        }
        return fired
    }

    /// The reminder's own conversation, else the user's latest one, else a new one.
    private static func postingConversation(
        for reminder: Reminder, content: TurnDraftContent, sql: any SQLDatabase
    ) async throws -> Conversation.ID {
        if let id = reminder.conversationID { return id }
        let latest = try await ScopedQuery.scoped(sql.select().column("id").from("conversations"), to: reminder.scope)
            .orderBy("updated_at", .descending).limit(1).first()
        if let latest { return try latest.identifier("id") }
        try await ConversationRows.insert(content.fallbackConversation, into: sql)
        return content.fallbackConversation.id
    }

    static func reminder(_ row: any SQLRow) throws -> Reminder {
        Reminder(
            id: try row.identifier("id"),
            scope: try row.scope(),
            conversationID: try row.decode(column: "conversation_id", as: UUID?.self).map(Identifier.init),
            text: try row.decode(column: "text", as: String.self),
            dueAt: try row.decode(column: "due_at", as: Date.self),
            status: try row.enumeration("status", as: Reminder.Status.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            firedAt: try row.decode(column: "fired_at", as: Date?.self)
        )
    }
}
