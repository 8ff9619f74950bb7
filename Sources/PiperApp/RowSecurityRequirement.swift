import PiperStorage

/// `piper serve` on PostgreSQL refuses a role that skips row-level security, unless told to allow it:
/// on such a role the policies that keep workspaces apart would silently not apply.
package enum RowSecurityRequirement {
    /// Throws ``RowSecurityBypassRefused`` when the connected role bypasses row security and the
    /// configuration does not allow it.
    package static func check(_ database: Database, configuration: DatabaseConfiguration) async throws {
        guard !configuration.allowsRowSecurityBypass, let bypass = try await database.rowSecurityBypass() else {
            return
        }
        throw RowSecurityBypassRefused(reason: bypass)
    }
}

/// The PostgreSQL role Piper connected as skips row-level security.
package struct RowSecurityBypassRefused: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why the role skips it.
    package var reason: RowSecurityBypass

    /// Creates the error.
    package init(reason: RowSecurityBypass) {
        self.reason = reason
    }

    /// One line: what is wrong and how to fix it.
    package var description: String {
        "The PostgreSQL role is \(reason.rawValue), so row-level security would not keep workspaces apart: "
            + "connect as a role with NOSUPERUSER NOBYPASSRLS, or set database.allow_rls_bypass=true "
            + "(PIPER_DATABASE_ALLOW_RLS_BYPASS) to serve anyway."
    }
}
