import Foundation
import PiperCore
import SQLKit

/// Whose rows a database call may see and write.
///
/// On PostgreSQL the setting becomes the transaction-local `piper.workspace_id` and `piper.owner_id`,
/// which the row-level security policies of every owner-bearing table compare against; a connection
/// without them sees no user data. SQLite has no row-level security, so there the app-level scoping in
/// each query is the only guard.
package enum TenantSetting: Hashable, Sendable {
    /// One owner's rows in one workspace: every request a user makes.
    case owner(Scope)
    /// Every owner's rows in one workspace: an admin's view of the workspace, and Piper's own work.
    case workspace(Workspace.ID)

    /// The `piper.owner_id` value that admits every owner of the workspace.
    static let everyOwner = "*"

    /// The workspace the setting is confined to.
    package var workspace: Workspace.ID {
        switch self {
        case .owner(let scope): scope.workspace
        case .workspace(let workspace): workspace
        }
    }

    /// The value of `piper.workspace_id`.
    var workspaceValue: String { workspace.rawValue.uuidString.lowercased() }

    /// The value of `piper.owner_id`: the owner's identifier, or ``everyOwner``.
    var ownerValue: String {
        switch self {
        case .owner(let scope): scope.owner.rawValue.uuidString.lowercased()
        case .workspace: Self.everyOwner
        }
    }

    /// The statement that sets both values for the rest of the current transaction only.
    var statement: SQLQueryString {
        """
        SELECT set_config('piper.workspace_id', \(bind: workspaceValue), true), \
        set_config('piper.owner_id', \(bind: ownerValue), true)
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
