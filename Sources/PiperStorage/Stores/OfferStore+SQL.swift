import Foundation
import PiperCore
import SQLKit

extension OfferStore {
    /// The pending-offer store over Piper's database, shared by every instance.
    package static func sql(_ database: Database) -> OfferStore {
        OfferStore(
            put: { scope, offer in
                try await database.write(in: .owner(scope)) { sql in
                    try await sql.raw(
                        """
                        INSERT INTO pending_offers (conversation_id, workspace_id, owner_id, offer, created_at)
                        SELECT id, workspace_id, owner_id, \(bind: try JSONColumn.encode(offer)), \
                        \(bind: offer.createdAt) FROM conversations WHERE id = \(bind: offer.conversationID.rawValue) \
                        AND workspace_id = \(bind: scope.workspace.rawValue) AND owner_id = \(bind: scope.owner.rawValue)
                        ON CONFLICT (conversation_id) DO UPDATE SET offer = excluded.offer, created_at = excluded.created_at
                        """
                    ).run()
                }
            },
            current: { scope, conversationID in
                try await database.read(in: .owner(scope)) { sql in
                    let row = try await ScopedQuery.scoped(
                        sql.select().column("offer").from("pending_offers"), to: scope
                    ).where("conversation_id", .equal, conversationID.rawValue).first()
                    return try row.map {
                        try JSONColumn.decode(PendingOffer.self, from: try $0.decode(column: "offer", as: String.self))
                    }
                }
            },
            clear: { scope, conversationID in
                try await database.write(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.delete(from: "pending_offers"), to: scope)
                        .where("conversation_id", .equal, conversationID.rawValue).run()
                }
            }
        )
    }
}
