import Foundation
import PiperCore
import SQLKit

extension APITokenStore {
    /// The API token store over Piper's database.
    package static func sql(_ database: Database) -> APITokenStore {
        APITokenStore(
            insert: { token, hash in
                try await database.write(in: .owner(token.scope)) { sql in
                    try await APITokenRows.insert(token, hash: hash, into: sql)
                }
            },
            authenticate: { hash, now in
                let grant = TenantSetting.credential(tokenHash: hash)
                let found = try await database.read(in: grant) { sql in
                    try await APITokenRows.usable(hash, now: now, sql: sql)
                }
                guard let found else { return nil }
                if APITokenRows.shouldRecordUse(found.token, now: now) {
                    try await database.write(in: grant) { sql in
                        try await sql.update("api_tokens").set("last_used_at", to: now)
                            .where("token_hash", .equal, hash).run()
                    }
                }
                return found
            },
            list: { scope in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("api_tokens"), to: scope)
                        .orderBy("created_at", .descending).orderBy("id").all().map(APITokenRows.token)
                }
            },
            revoke: { scope, id, now in
                try await database.write(in: .owner(scope)) { sql in
                    let revoked = try await ScopedQuery.scoped(sql.update("api_tokens"), to: scope)
                        .set("revoked_at", to: now).where("id", .equal, id.rawValue)
                        .where("revoked_at", .is, SQLLiteral.null).returning("id").all()
                    if revoked.isEmpty { throw AccountError.notFound("active token") }
                }
            }
        )
    }
}

/// Rows of the api_tokens table.
enum APITokenRows {
    static func insert(_ token: APIToken, hash: String, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "api_tokens")
            .columns(
                "id", "workspace_id", "owner_id", "name", "token_hash", "permission", "expires_at", "created_at"
            )
            .values(
                [SQLBind(token.id.rawValue)] + ScopedQuery.ownerValues(token.scope) + [
                    SQLBind(token.name), SQLBind(hash), SQLBind(token.permission.rawValue), SQLBind(token.expiresAt),
                    SQLBind(token.createdAt),
                ]
            ).run()
    }

    /// The live token with this hash and its owner's current role, in one query (it runs on every request).
    static func usable(_ hash: String, now: Date, sql: any SQLDatabase) async throws
        -> (token: APIToken, role: Membership.Role)?
    {
        guard
            let row = try await sql.raw(
                """
                SELECT t.*, m.role AS member_role FROM api_tokens t JOIN memberships m \
                ON m.workspace_id = t.workspace_id AND m.user_id = t.owner_id \
                WHERE t.token_hash = \(bind: hash) AND t.revoked_at IS NULL AND t.expires_at > \(bind: now)
                """
            ).first()
        else { return nil }
        return (try token(row), try row.enumeration("member_role", as: Membership.Role.self))
    }

    /// Last-used times are kept to the minute, so most requests write nothing.
    static func shouldRecordUse(_ token: APIToken, now: Date) -> Bool {
        guard let last = token.lastUsedAt else { return true }
        return now.timeIntervalSince(last) >= 60
    }

    static func token(_ row: any SQLRow) throws -> APIToken {
        APIToken(
            id: try row.identifier("id"), scope: try row.scope(), name: try row.decode(column: "name", as: String.self),
            permission: try row.enumeration("permission", as: APIToken.Permission.self),
            expiresAt: try row.decode(column: "expires_at", as: Date.self),
            revokedAt: try row.decode(column: "revoked_at", as: Date?.self),
            lastUsedAt: try row.decode(column: "last_used_at", as: Date?.self),
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }
}
