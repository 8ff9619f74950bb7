import Foundation
import PiperCore
import SQLKit

extension ConversationStore {
    /// The conversation store over Piper's database (SQLite or PostgreSQL).
    package static func sql(_ database: Database) -> ConversationStore {
        ConversationStore(
            insert: { conversation in
                try await database.write(in: .owner(conversation.scope)) {
                    try await ConversationRows.insert(conversation, into: $0)
                }
            },
            find: { scope, id in
                try await database.read(in: .owner(scope)) { try await ConversationRows.find(id, in: scope, sql: $0) }
            },
            list: { scope, page in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("conversations"), to: scope)
                        .orderBy("updated_at", .descending).orderBy("id")
                        .limit(page.limit).offset(page.offset)
                        .all().map(ConversationRows.conversation)
                }
            },
            rename: { scope, id, title, at in
                try await database.write(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.update("conversations"), to: scope)
                        .set("title", to: title).set("updated_at", to: at)
                        .where("id", .equal, id.rawValue)
                        .returning("*").first().map(ConversationRows.conversation)
                        ?? { throw ConversationError.notFound(id) }()
                }
            },
            delete: { scope, id in
                try await database.write(in: .owner(scope)) { sql in
                    let deleted = try await ScopedQuery.scoped(sql.delete(from: "conversations"), to: scope)
                        .where("id", .equal, id.rawValue).returning("id").all()
                    if deleted.isEmpty { throw ConversationError.notFound(id) }
                }
            },
            appendTurns: { scope, drafts in
                try await database.write(in: .owner(scope)) {
                    try await ConversationRows.append(drafts, in: scope, sql: $0)
                }
            },
            turns: { scope, id, afterSequence, limit in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("turns"), to: scope)
                        .where("conversation_id", .equal, id.rawValue)
                        .where("sequence", .greaterThan, afterSequence)
                        .orderBy("sequence").limit(Page(limit: limit).limit)
                        .all().map(ConversationRows.turn)
                }
            },
            latestTurns: { scope, id, limit in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("turns"), to: scope)
                        .where("conversation_id", .equal, id.rawValue)
                        .orderBy("sequence", .descending).limit(Page(limit: limit).limit)
                        .all().map(ConversationRows.turn).reversed()
                }
            }
        )
    }
}
