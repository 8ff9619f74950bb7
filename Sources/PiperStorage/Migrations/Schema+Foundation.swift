extension Schema {
    /// Version 1: tenants, people, memberships, conversations and turns.
    static let foundation = Migration(version: 1, name: "foundation") { dialect in
        let id = dialect.uuidType
        let time = dialect.timestampType
        return [
            """
            CREATE TABLE workspaces (
                id \(id) PRIMARY KEY,
                name TEXT NOT NULL,
                created_at \(time) NOT NULL
            )
            """,
            """
            CREATE TABLE users (
                id \(id) PRIMARY KEY,
                display_name TEXT NOT NULL,
                email TEXT UNIQUE,
                time_zone TEXT NOT NULL,
                created_at \(time) NOT NULL
            )
            """,
            """
            CREATE TABLE memberships (
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                user_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
                created_at \(time) NOT NULL,
                PRIMARY KEY (workspace_id, user_id)
            )
            """,
            "CREATE INDEX memberships_user_idx ON memberships (user_id)",
            """
            CREATE TABLE conversations (
                id \(id) PRIMARY KEY,
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                owner_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                created_at \(time) NOT NULL,
                updated_at \(time) NOT NULL
            )
            """,
            "CREATE INDEX conversations_scope_idx ON conversations (workspace_id, owner_id, updated_at)",
            """
            CREATE TABLE turns (
                id \(id) PRIMARY KEY,
                conversation_id \(id) NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                owner_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL,
                speaker TEXT NOT NULL CHECK (speaker IN ('user', 'piper')),
                text TEXT NOT NULL,
                created_at \(time) NOT NULL,
                UNIQUE (conversation_id, sequence)
            )
            """,
            "CREATE INDEX turns_scope_idx ON turns (workspace_id, owner_id)",
        ]
    }
}
