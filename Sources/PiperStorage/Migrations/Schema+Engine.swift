extension Schema {
    /// Version 2: the conversation engine — turn details, todos, projects, reminders, preferences,
    /// personal context, pending offers and the activity ledger.
    static let engine = Migration(version: 2, name: "engine") { dialect in
        let id = dialect.uuidType
        let time = dialect.timestampType
        let owned = """
            workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                owner_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE
            """
        return [
            "ALTER TABLE turns ADD COLUMN action TEXT",
            "ALTER TABLE turns ADD COLUMN details TEXT",
            """
            CREATE TABLE todos (
                id \(id) PRIMARY KEY,
                \(owned),
                number INTEGER NOT NULL,
                title TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('open', 'done')),
                created_at \(time) NOT NULL,
                completed_at \(time),
                UNIQUE (workspace_id, owner_id, number)
            )
            """,
            """
            CREATE TABLE todo_counters (
                \(owned),
                last_number INTEGER NOT NULL,
                PRIMARY KEY (workspace_id, owner_id)
            )
            """,
            """
            CREATE TABLE projects (
                id \(id) PRIMARY KEY,
                \(owned),
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('active', 'archived')),
                repositories TEXT NOT NULL,
                created_at \(time) NOT NULL,
                updated_at \(time) NOT NULL,
                UNIQUE (workspace_id, owner_id, name_key)
            )
            """,
            """
            CREATE TABLE reminders (
                id \(id) PRIMARY KEY,
                \(owned),
                conversation_id \(id) REFERENCES conversations (id) ON DELETE SET NULL,
                text TEXT NOT NULL,
                due_at \(time) NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'fired', 'cancelled')),
                created_at \(time) NOT NULL,
                fired_at \(time)
            )
            """,
            "CREATE INDEX reminders_due_idx ON reminders (status, due_at)",
            "CREATE INDEX reminders_scope_idx ON reminders (workspace_id, owner_id, due_at)",
            """
            CREATE TABLE user_preferences (
                \(owned),
                working_mode TEXT NOT NULL CHECK (working_mode IN ('ask_first', 'just_do_it')),
                default_repository TEXT,
                PRIMARY KEY (workspace_id, owner_id)
            )
            """,
            """
            CREATE TABLE personal_contexts (
                \(owned),
                role TEXT NOT NULL,
                focus TEXT NOT NULL,
                priorities TEXT NOT NULL,
                notes TEXT NOT NULL,
                updated_at \(time) NOT NULL,
                PRIMARY KEY (workspace_id, owner_id)
            )
            """,
            """
            CREATE TABLE pending_offers (
                conversation_id \(id) PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
                \(owned),
                offer TEXT NOT NULL,
                created_at \(time) NOT NULL
            )
            """,
            """
            CREATE TABLE ledger_entries (
                id \(id) PRIMARY KEY,
                \(owned),
                conversation_id \(id) REFERENCES conversations (id) ON DELETE SET NULL,
                event TEXT NOT NULL,
                subject_kind TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                label TEXT NOT NULL,
                created_at \(time) NOT NULL
            )
            """,
            "CREATE INDEX ledger_entries_scope_idx ON ledger_entries (workspace_id, owner_id, created_at)",
        ]
    }
}
