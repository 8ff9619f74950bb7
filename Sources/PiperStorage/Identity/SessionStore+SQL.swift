import Foundation
import PiperCore
import SQLKit

extension SessionStore {
    /// The session store over Piper's database.
    package static func sql(_ database: Database) -> SessionStore {
        SessionStore(
            begin: { session, hash, expiresAt in
                try await database.write(in: .owner(session.scope)) { sql in
                    try await SessionRows.insert(session, into: sql)
                    try await SessionRows.insertRefresh(
                        hash, session: session, expiresAt: expiresAt, createdAt: session.createdAt, into: sql)
                }
            },
            rotate: { hash, next, nextExpiresAt, now in
                let dialect = database.dialect
                return try await database.write(in: .credential(tokenHash: hash)) { sql in
                    try await SessionRows.rotate(
                        hash, next: next, nextExpiresAt: nextExpiresAt, now: now, sql: sql, dialect: dialect)
                }
            },
            activeRole: { scope, id in
                try await database.read(in: .owner(scope)) { sql in
                    try await SessionRows.activeRole(scope, id, sql: sql)
                }
            },
            revoke: { scope, id, now in
                try await database.write(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.update("sessions"), to: scope).set("revoked_at", to: now)
                        .where("id", .equal, id.rawValue).where("revoked_at", .is, SQLLiteral.null).run()
                }
            },
            revokeAll: { scope, except, now in
                try await database.write(in: .owner(scope)) { sql in
                    var update = ScopedQuery.scoped(sql.update("sessions"), to: scope).set("revoked_at", to: now)
                        .where("revoked_at", .is, SQLLiteral.null)
                    if let except { update = update.where("id", .notEqual, except.rawValue) }
                    try await update.run()
                }
            },
            list: { scope in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("sessions"), to: scope)
                        .where("revoked_at", .is, SQLLiteral.null)
                        .orderBy("created_at", .descending).orderBy("id").all().map(SessionRows.session)
                }
            }
        )
    }
}

/// Rows of the sessions and refresh_tokens tables.
enum SessionRows {
    static func insert(_ session: SignInSession, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "sessions")
            .columns("id", "workspace_id", "owner_id", "method", "created_at", "last_used_at", "client", "address")
            .values(
                [SQLBind(session.id.rawValue)] + ScopedQuery.ownerValues(session.scope) + [
                    SQLBind(session.method.rawValue), SQLBind(session.createdAt), SQLBind(session.lastUsedAt),
                    SQLBind(session.client), SQLBind(session.address),
                ]
            ).run()
    }

    static func insertRefresh(
        _ hash: String, session: SignInSession, expiresAt: Date, createdAt: Date, into sql: any SQLDatabase
    ) async throws {
        try await sql.insert(into: "refresh_tokens")
            .columns("token_hash", "session_id", "workspace_id", "owner_id", "expires_at", "created_at")
            .values(
                [SQLBind(hash), SQLBind(session.id.rawValue)] + ScopedQuery.ownerValues(session.scope) + [
                    SQLBind(expiresAt), SQLBind(createdAt),
                ]
            ).run()
    }

    /// Spends a current token, or revokes the session of a spent one.
    static func rotate(
        _ hash: String, next: String, nextExpiresAt: Date, now: Date, sql: any SQLDatabase, dialect: Dialect
    ) async throws -> RefreshOutcome {
        guard
            let token = try await sql.select().columns("*").from("refresh_tokens").where("token_hash", .equal, hash)
                .first()
        else { return .unknown }
        let scope = try token.scope()
        try await TenantSetting.owner(scope).apply(to: sql, dialect: dialect)
        guard var session = try await live(try token.identifier("session_id"), scope: scope, sql: sql) else {
            return .unknown
        }
        if try token.decode(column: "expires_at", as: Date.self) <= now,
            try token.decode(column: "used_at", as: Date?.self) == nil
        {
            return .unknown
        }
        let spent = try await sql.update("refresh_tokens").set("used_at", to: now).where("token_hash", .equal, hash)
            .where("used_at", .is, SQLLiteral.null).returning("token_hash").all()
        if spent.isEmpty {
            try await ScopedQuery.scoped(sql.update("sessions"), to: scope).set("revoked_at", to: now)
                .where("id", .equal, session.id.rawValue).run()
            session.revokedAt = now
            return .reused(session)
        }
        try await insertRefresh(next, session: session, expiresAt: nextExpiresAt, createdAt: now, into: sql)
        try await ScopedQuery.scoped(sql.update("sessions"), to: scope).set("last_used_at", to: now)
            .where("id", .equal, session.id.rawValue).run()
        session.lastUsedAt = now
        return .rotated(session)
    }

    /// The member's role when the session is live, in one query (it runs on every request).
    static func activeRole(_ scope: Scope, _ id: SignInSession.ID, sql: any SQLDatabase) async throws
        -> Membership.Role?
    {
        try await sql.raw(
            """
            SELECT m.role FROM sessions s JOIN memberships m \
            ON m.workspace_id = s.workspace_id AND m.user_id = s.owner_id \
            WHERE s.id = \(bind: id.rawValue) AND s.workspace_id = \(bind: scope.workspace.rawValue) \
            AND s.owner_id = \(bind: scope.owner.rawValue) AND s.revoked_at IS NULL
            """
        ).first().map { try $0.enumeration("role", as: Membership.Role.self) }
    }

    private static func live(_ id: SignInSession.ID, scope: Scope, sql: any SQLDatabase) async throws -> SignInSession?
    {
        try await ScopedQuery.scoped(sql.select().columns("*").from("sessions"), to: scope)
            .where("id", .equal, id.rawValue).where("revoked_at", .is, SQLLiteral.null).first().map(session)
    }

    static func session(_ row: any SQLRow) throws -> SignInSession {
        SignInSession(
            id: try row.identifier("id"), scope: try row.scope(),
            method: try row.enumeration("method", as: SignInSession.Method.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            lastUsedAt: try row.decode(column: "last_used_at", as: Date.self),
            revokedAt: try row.decode(column: "revoked_at", as: Date?.self),
            client: try row.decode(column: "client", as: String?.self),
            address: try row.decode(column: "address", as: String?.self))
    }
}
