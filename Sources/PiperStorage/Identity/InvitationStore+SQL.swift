import Foundation
import PiperCore
import SQLKit

extension InvitationStore {
    /// The invitation store over Piper's database.
    package static func sql(_ database: Database) -> InvitationStore {
        InvitationStore(
            insert: { invitation, hash in
                try await database.write { sql in
                    try await sql.insert(into: "invitations")
                        .columns(
                            "id", "workspace_id", "invited_by", "email", "role", "token_hash", "expires_at",
                            "created_at"
                        )
                        .values(
                            SQLBind(invitation.id.rawValue), SQLBind(invitation.workspaceID.rawValue),
                            SQLBind(invitation.invitedBy.rawValue), SQLBind(invitation.email.rawValue),
                            SQLBind(invitation.role.rawValue), SQLBind(hash), SQLBind(invitation.expiresAt),
                            SQLBind(invitation.createdAt)
                        ).run()
                }
            },
            list: { workspace in
                try await database.read { sql in
                    try await sql.select().columns("*").from("invitations")
                        .where("workspace_id", .equal, workspace.rawValue)
                        .orderBy("created_at", .descending).orderBy("id").all().map(InvitationRows.invitation)
                }
            },
            revoke: { workspace, id, now in
                try await database.write { sql in
                    let revoked = try await sql.update("invitations").set("revoked_at", to: now)
                        .where("workspace_id", .equal, workspace.rawValue).where("id", .equal, id.rawValue)
                        .where("accepted_at", .is, SQLLiteral.null).where("revoked_at", .is, SQLLiteral.null)
                        .returning("id").all()
                    if revoked.isEmpty { throw AccountError.notFound("open invitation") }
                }
            },
            open: { hash, now in
                try await database.read { sql in
                    try await sql.select().columns("*").from("invitations").where("token_hash", .equal, hash)
                        .where("accepted_at", .is, SQLLiteral.null).where("revoked_at", .is, SQLLiteral.null)
                        .where("expires_at", .greaterThan, now).first().map(InvitationRows.invitation)
                }
            }
        )
    }
}

/// Rows of the invitations table.
enum InvitationRows {
    static func invitation(_ row: any SQLRow) throws -> Invitation {
        Invitation(
            id: try row.identifier("id"), workspaceID: try row.identifier("workspace_id"),
            email: try EmailAddress(try row.decode(column: "email", as: String.self)),
            role: try row.enumeration("role", as: Membership.Role.self),
            invitedBy: try row.identifier("invited_by"),
            expiresAt: try row.decode(column: "expires_at", as: Date.self),
            acceptedAt: try row.decode(column: "accepted_at", as: Date?.self),
            revokedAt: try row.decode(column: "revoked_at", as: Date?.self),
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }
}
