import Foundation
import PiperCore
import SQLKit

extension PasswordResetStore {
    /// Password reset codes in Piper's database.
    package static func sql(_ database: Database) -> PasswordResetStore {
        PasswordResetStore(
            issue: { reset, hash in
                try await database.write { sql in
                    try await sql.update("password_resets").set("used_at", to: reset.createdAt)
                        .where("user_id", .equal, reset.scope.owner.rawValue).where("used_at", .is, SQLLiteral.null)
                        .run()
                    try await sql.insert(into: "password_resets")
                        .columns("code_hash", "workspace_id", "user_id", "issued_by", "expires_at", "created_at")
                        .values(
                            SQLBind(hash), SQLBind(reset.scope.workspace.rawValue), SQLBind(reset.scope.owner.rawValue),
                            SQLBind(reset.issuedBy.rawValue), SQLBind(reset.expiresAt), SQLBind(reset.createdAt)
                        ).run()
                }
            },
            find: { hash, now in
                try await database.read { sql in
                    try await sql.select().columns(PasswordResetRows.columns).from("password_resets")
                        .where("code_hash", .equal, hash).where("used_at", .is, SQLLiteral.null)
                        .where("expires_at", .greaterThan, now).first().map(PasswordResetRows.reset)
                }
            },
            redeem: { hash, now in
                try await database.write { sql in
                    guard
                        let row = try await sql.update("password_resets").set("used_at", to: now)
                            .where("code_hash", .equal, hash).where("used_at", .is, SQLLiteral.null)
                            .where("expires_at", .greaterThan, now).returning(
                                PasswordResetRows.columns.map { SQLColumn($0) }
                            ).first()
                    else { return nil }
                    return try PasswordResetRows.reset(row)
                }
            }
        )
    }
}

/// Rows of the password_resets table.
enum PasswordResetRows {
    static let columns = ["workspace_id", "user_id", "issued_by", "expires_at", "created_at"]

    static func reset(_ row: any SQLRow) throws -> PasswordReset {
        PasswordReset(
            scope: Scope(workspace: try row.identifier("workspace_id"), owner: try row.identifier("user_id")),
            issuedBy: try row.identifier("issued_by"), expiresAt: try row.decode(column: "expires_at", as: Date.self),
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }
}
