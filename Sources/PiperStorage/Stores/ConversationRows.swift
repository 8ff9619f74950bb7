import Foundation
import PiperCore
import SQLKit

/// Rows of the conversation tables, to and from domain values.
enum ConversationRows {
    static func insert(_ conversation: Conversation, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "conversations")
            .columns("id", "workspace_id", "owner_id", "title", "created_at", "updated_at")
            .values(
                SQLBind(conversation.id.rawValue), SQLBind(conversation.scope.workspace.rawValue),
                SQLBind(conversation.scope.owner.rawValue), SQLBind(conversation.title),
                SQLBind(conversation.createdAt), SQLBind(conversation.updatedAt)
            ).run()
    }

    static func find(_ id: Conversation.ID, in scope: Scope, sql: any SQLDatabase) async throws -> Conversation? {
        try await ScopedQuery.scoped(sql.select().columns("*").from("conversations"), to: scope)
            .where("id", .equal, id.rawValue)
            .first().map(conversation)
    }

    /// Numbers and stores turns of one conversation in three statements, however many there are. Touching
    /// the conversation row first locks it (on PostgreSQL), so concurrent appends to one conversation take
    /// consecutive sequence numbers.
    static func append(_ drafts: [TurnDraft], in scope: Scope, sql: any SQLDatabase) async throws -> [Turn] {
        guard let first = drafts.first else { return [] }
        let conversationID = first.conversationID
        guard drafts.allSatisfy({ $0.conversationID == conversationID }) else {
            throw StorageError.unavailable("turns of different conversations cannot be appended together")
        }
        let touched = try await ScopedQuery.scoped(sql.update("conversations"), to: scope)
            .set("updated_at", to: drafts.map(\.createdAt).max() ?? first.createdAt)
            .where("id", .equal, conversationID.rawValue)
            .returning("id").all()
        guard !touched.isEmpty else { throw ConversationError.notFound(conversationID) }
        let last =
            try await sql.select().column(SQLRaw("COALESCE(MAX(sequence), 0)"), as: "last").from("turns")
            .where("conversation_id", .equal, conversationID.rawValue)
            .first()?.decode(column: "last", as: Int.self) ?? 0
        let turns = drafts.enumerated().map { offset, draft in
            Turn(
                id: draft.id, conversationID: conversationID, scope: scope, sequence: last + offset + 1,
                speaker: draft.speaker, text: draft.text, createdAt: draft.createdAt, details: draft.details)
        }
        var insert = sql.insert(into: "turns")
            .columns(
                "id", "conversation_id", "workspace_id", "owner_id", "sequence", "speaker", "text", "created_at",
                "action", "details"
            )
        for turn in turns {
            insert = insert.values(
                SQLBind(turn.id.rawValue), SQLBind(turn.conversationID.rawValue), SQLBind(scope.workspace.rawValue),
                SQLBind(scope.owner.rawValue), SQLBind(turn.sequence), SQLBind(turn.speaker.rawValue),
                SQLBind(turn.text), SQLBind(turn.createdAt), SQLBind(turn.details?.action?.rawValue),
                SQLBind(try turn.details.map(JSONColumn.encode)))
        }
        try await insert.run()
        return turns
    }

    static func conversation(_ row: any SQLRow) throws -> Conversation {
        Conversation(
            id: try row.identifier("id"),
            scope: try row.scope(),
            title: try row.decode(column: "title", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self)
        )
    }

    static func turn(_ row: any SQLRow) throws -> Turn {
        Turn(
            id: try row.identifier("id"),
            conversationID: try row.identifier("conversation_id"),
            scope: try row.scope(),
            sequence: try row.decode(column: "sequence", as: Int.self),
            speaker: try row.enumeration("speaker", as: Turn.Speaker.self),
            text: try row.decode(column: "text", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            details: try JSONColumn.decode(TurnDetails.self, from: row, column: "details")
        )
    }
}
