extension Schema {
    /// Version 5: sign-in names and password hashes, invitations, sessions with rotating refresh tokens,
    /// personal API tokens, password reset codes, single-sign-on links and failed sign-in counters.
    /// Every token and code is stored as a SHA-256 hash; passwords as bcrypt hashes.
    static let identity = Migration(version: 5, name: "identity") { dialect in
        let id = dialect.uuidType
        let time = dialect.timestampType
        return [
            "ALTER TABLE users ADD COLUMN username TEXT",
            "ALTER TABLE users ADD COLUMN password_hash TEXT",
            "CREATE UNIQUE INDEX users_username_idx ON users (username)",
            "ALTER TABLE audit_events ADD COLUMN detail TEXT",
            """
            CREATE TABLE invitations (
                id \(id) PRIMARY KEY,
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                invited_by \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                email TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
                token_hash TEXT NOT NULL UNIQUE,
                expires_at \(time) NOT NULL,
                accepted_at \(time),
                accepted_by \(id) REFERENCES users (id) ON DELETE SET NULL,
                revoked_at \(time),
                created_at \(time) NOT NULL
            )
            """,
            "CREATE INDEX invitations_workspace_idx ON invitations (workspace_id, created_at)",
            """
            CREATE TABLE password_resets (
                code_hash TEXT PRIMARY KEY,
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                user_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                issued_by \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                expires_at \(time) NOT NULL,
                used_at \(time),
                created_at \(time) NOT NULL
            )
            """,
            "CREATE INDEX password_resets_user_idx ON password_resets (user_id)",
            """
            CREATE TABLE sessions (
                id \(id) PRIMARY KEY,
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                owner_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                method TEXT NOT NULL,
                created_at \(time) NOT NULL,
                last_used_at \(time) NOT NULL,
                revoked_at \(time)
            )
            """,
            "CREATE INDEX sessions_scope_idx ON sessions (workspace_id, owner_id, created_at)",
            """
            CREATE TABLE refresh_tokens (
                token_hash TEXT PRIMARY KEY,
                session_id \(id) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                owner_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                expires_at \(time) NOT NULL,
                used_at \(time),
                created_at \(time) NOT NULL
            )
            """,
            "CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)",
            """
            CREATE TABLE api_tokens (
                id \(id) PRIMARY KEY,
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                owner_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                permission TEXT NOT NULL CHECK (permission IN ('read', 'write', 'admin')),
                expires_at \(time) NOT NULL,
                revoked_at \(time),
                last_used_at \(time),
                created_at \(time) NOT NULL
            )
            """,
            "CREATE INDEX api_tokens_scope_idx ON api_tokens (workspace_id, owner_id, created_at)",
            """
            CREATE TABLE sso_identities (
                issuer TEXT NOT NULL,
                subject TEXT NOT NULL,
                user_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                created_at \(time) NOT NULL,
                PRIMARY KEY (issuer, subject)
            )
            """,
            """
            CREATE TABLE sign_in_throttles (
                key TEXT PRIMARY KEY,
                failures INTEGER NOT NULL,
                window_started_at \(time) NOT NULL,
                blocked_until \(time)
            )
            """,
        ]
    }
}
