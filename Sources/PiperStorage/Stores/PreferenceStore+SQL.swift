import Foundation
import PiperCore
import SQLKit

extension PreferenceStore {
    /// The preference store over Piper's database (SQLite or PostgreSQL).
    package static func sql(_ database: Database) -> PreferenceStore {
        PreferenceStore(
            preferences: { scope in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("user_preferences"), to: scope)
                        .first().map(PreferenceRows.preferences) ?? UserPreferences()
                }
            },
            savePreferences: { scope, preferences in
                try await database.write(in: .owner(scope)) { sql in
                    try await sql.raw(
                        """
                        INSERT INTO user_preferences (workspace_id, owner_id, working_mode, default_repository)
                        VALUES (\(bind: scope.workspace.rawValue), \(bind: scope.owner.rawValue), \
                        \(bind: preferences.workingMode.rawValue), \(bind: preferences.defaultRepository))
                        ON CONFLICT (workspace_id, owner_id) DO UPDATE SET
                        working_mode = excluded.working_mode, default_repository = excluded.default_repository
                        """
                    ).run()
                }
            },
            context: { scope in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("personal_contexts"), to: scope)
                        .first().map(PreferenceRows.context) ?? PersonalContext()
                }
            },
            saveContext: { scope, context in
                try await database.write(in: .owner(scope)) { sql in
                    try await sql.raw(
                        """
                        INSERT INTO personal_contexts (workspace_id, owner_id, role, focus, priorities, notes, updated_at)
                        VALUES (\(bind: scope.workspace.rawValue), \(bind: scope.owner.rawValue), \
                        \(bind: context.role), \(bind: context.focus), \(bind: try JSONColumn.encode(context.priorities)), \
                        \(bind: context.notes), \(bind: context.updatedAt ?? Date()))
                        ON CONFLICT (workspace_id, owner_id) DO UPDATE SET
                        role = excluded.role, focus = excluded.focus, priorities = excluded.priorities,
                        notes = excluded.notes, updated_at = excluded.updated_at
                        """
                    ).run()
                }
            }
        )
    }
}

/// Rows of the preference tables.
enum PreferenceRows {
    static func preferences(_ row: any SQLRow) throws -> UserPreferences {
        UserPreferences(
            workingMode: try row.enumeration("working_mode", as: WorkingMode.self),
            defaultRepository: try row.decode(column: "default_repository", as: String?.self)
        )
    }

    static func context(_ row: any SQLRow) throws -> PersonalContext {
        PersonalContext(
            role: try row.decode(column: "role", as: String.self),
            focus: try row.decode(column: "focus", as: String.self),
            priorities: try JSONColumn.decode(
                [String].self, from: try row.decode(column: "priorities", as: String.self)),
            notes: try row.decode(column: "notes", as: String.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self)
        )
    }
}
