import PiperCore
import SQLKit

/// Runs work on credential tables (sessions, refresh tokens, API tokens) with the row-level-security
/// settings PostgreSQL checks: the tenant whose rows may be touched, and the hash of the token being looked
/// up (which is all authentication knows before it finds the owner). SQLite has no row security, so there
/// reads stay on the reader pool.
enum CredentialAccess {
    /// The settings one piece of work runs under.
    struct Grant: Sendable {
        var scope: Scope?
        var tokenHash: String?
    }

    /// Runs `body` in a transaction with `grant` applied.
    static func write<T: Sendable>(
        _ database: Database, _ grant: Grant, _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        let dialect = database.dialect
        return try await database.write { sql in
            try await apply(grant, to: sql, dialect: dialect)
            return try await body(sql)
        }
    }

    /// Runs a read with `grant` applied (a transaction on PostgreSQL, the reader pool on SQLite).
    static func read<T: Sendable>(
        _ database: Database, _ grant: Grant, _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        switch database.dialect {
        case .sqlite: try await database.read(body)
        case .postgres: try await write(database, grant, body)
        }
    }

    /// Sets the transaction-local settings on PostgreSQL; nothing on SQLite.
    static func apply(_ grant: Grant, to sql: any SQLDatabase, dialect: Dialect) async throws {
        guard dialect == .postgres else { return }
        try await sql.raw(
            """
            SELECT set_config('piper.workspace_id', \(bind: grant.scope?.workspace.description ?? ""), true), \
            set_config('piper.owner_id', \(bind: grant.scope?.owner.description ?? ""), true), \
            set_config('piper.token_hash', \(bind: grant.tokenHash ?? ""), true)
            """
        ).run()
    }
}
