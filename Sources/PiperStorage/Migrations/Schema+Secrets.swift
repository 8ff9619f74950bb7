extension Schema {
    /// Version 3: envelope-encrypted user secrets and the versioned data keys that encrypt them.
    static let secrets = Migration(version: 3, name: "secrets") { dialect in
        let id = dialect.uuidType
        let time = dialect.timestampType
        return [
            """
            CREATE TABLE data_keys (
                version INTEGER PRIMARY KEY,
                wrapped TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('active', 'retiring', 'retired')),
                created_at \(time) NOT NULL
            )
            """,
            """
            CREATE TABLE user_secrets (
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                owner_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                key_version INTEGER NOT NULL REFERENCES data_keys (version),
                ciphertext TEXT NOT NULL,
                created_at \(time) NOT NULL,
                updated_at \(time) NOT NULL,
                PRIMARY KEY (workspace_id, owner_id, name)
            )
            """,
            "CREATE INDEX user_secrets_version_idx ON user_secrets (key_version)",
        ]
    }
}
