import Foundation
import PiperCore
import SQLKit

/// Whose rows a database call may see and write.
///
/// On PostgreSQL the setting becomes the transaction-local `piper.workspace_id`, `piper.owner_id` and
/// `piper.token_hash`, which the row-level security policies of every owner-bearing table compare against;
/// a connection without them sees no user data. SQLite has no row-level security, so there the app-level
/// scoping in each query is the only guard.
package enum TenantSetting: Hashable, Sendable {
    /// One owner's rows in one workspace: every request a user makes.
    case owner(Scope)
    /// Every owner's rows in one workspace: an admin's view of the workspace, and Piper's own work.
    case workspace(Workspace.ID)
    /// Only the credential row (refresh or API token) with this hash: all authentication knows before it
    /// has found the owner.
    case credential(tokenHash: String)

    /// No tenant at all: every value empty, so owner-bearing rows are hidden.
    static let nobody = TenantSetting.credential(tokenHash: "")

    /// The `piper.owner_id` value that admits every owner of the workspace.
    static let everyOwner = "*"

    /// The value of `piper.workspace_id`; empty (matching nothing) for a credential lookup.
    var workspaceValue: String {
        switch self {
        case .owner(let scope): scope.workspace.rawValue.uuidString.lowercased()
        case .workspace(let workspace): workspace.rawValue.uuidString.lowercased()
        case .credential: ""
        }
    }

    /// The value of `piper.owner_id`: the owner's identifier, ``everyOwner``, or empty.
    var ownerValue: String {
        switch self {
        case .owner(let scope): scope.owner.rawValue.uuidString.lowercased()
        case .workspace: Self.everyOwner
        case .credential: ""
        }
    }

    /// The value of `piper.token_hash`: empty unless this is a credential lookup.
    var tokenHashValue: String {
        if case .credential(let hash) = self { return hash }
        return ""
    }

    /// The statement that sets all three values for the rest of the current transaction only.
    var statement: SQLQueryString {
        """
        SELECT set_config('piper.workspace_id', \(bind: workspaceValue), true), \
        set_config('piper.owner_id', \(bind: ownerValue), true), \
        set_config('piper.token_hash', \(bind: tokenHashValue), true)
        """
    }

    /// Applies the setting inside the caller's transaction; a no-op on SQLite.
    ///
    /// Calling it again in the same transaction replaces the previous setting, which lets Piper's own
    /// cross-tenant work visit one workspace after another.
    func apply(to sql: any SQLDatabase, dialect: Dialect) async throws {
        guard dialect == .postgres else { return }
        try await sql.raw(statement).run()
    }
}
