import SQLKit

/// Why the connected PostgreSQL role is not bound by row-level security.
package enum RowSecurityBypass: String, Hashable, Sendable {
    /// The role is a superuser.
    case superuser = "a superuser"
    /// The role has the BYPASSRLS attribute.
    case bypassAttribute = "allowed to bypass row-level security (BYPASSRLS)"
}

extension Database {
    /// Why the connected role skips row-level security, or `nil` when it is bound by it (or on SQLite,
    /// which has none).
    package func rowSecurityBypass() async throws -> RowSecurityBypass? {
        guard dialect == .postgres else { return nil }
        return try await read { sql in
            let row = try await sql.raw(
                "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
            ).first()
            guard let row else { return nil }
            if try row.decode(column: "rolsuper", as: Bool.self) { return .superuser }
            if try row.decode(column: "rolbypassrls", as: Bool.self) { return .bypassAttribute }
            return nil
        }
    }
}
