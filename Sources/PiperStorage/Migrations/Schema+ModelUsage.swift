extension Schema {
    /// Tables that belong to a workspace as a whole (no owner), guarded on PostgreSQL by the workspace setting.
    package static let workspaceSecurityTables = ["model_limits"]

    /// Version 9: the accounting of language-model calls, and each workspace's budget and daily cap.
    ///
    /// Conversation and turn identifiers are kept without foreign keys: a call stays accounted for after
    /// the conversation it served is deleted.
    static let modelUsage = Migration(version: 9, name: "model usage") { dialect in
        let id = dialect.uuidType
        let time = dialect.timestampType
        let calls = """
            CREATE TABLE model_calls (
                id \(id) PRIMARY KEY,
                workspace_id \(id) NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
                owner_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                conversation_id \(id),
                turn_id \(id),
                task TEXT NOT NULL,
                provider TEXT NOT NULL,
                model TEXT NOT NULL,
                input_tokens INTEGER NOT NULL,
                output_tokens INTEGER NOT NULL,
                cost_micros \(dialect.bigIntegerType) NOT NULL,
                latency_ms \(dialect.doubleType) NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'refused')),
                error_type TEXT,
                created_at \(time) NOT NULL
            )
            """
        let limits = """
            CREATE TABLE model_limits (
                workspace_id \(id) PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
                monthly_budget_micros \(dialect.bigIntegerType),
                daily_requests_per_user INTEGER,
                updated_at \(time) NOT NULL
            )
            """
        let statements = [
            calls, limits,
            "CREATE INDEX model_calls_workspace_idx ON model_calls (workspace_id, created_at)",
            "CREATE INDEX model_calls_owner_idx ON model_calls (workspace_id, owner_id, created_at)",
        ]
        switch dialect {
        case .sqlite: return statements
        case .postgres:
            return statements + rowSecurityStatements(for: "model_calls")
                + workspaceSecurityTables.flatMap(workspaceRowSecurityStatements(for:))
        }
    }

    /// The PostgreSQL statements that confine a workspace-wide `table` to the setting's workspace, whoever
    /// the owner in the setting is.
    package static func workspaceRowSecurityStatements(for table: String) -> [String] {
        let predicate = "workspace_id = NULLIF(current_setting('piper.workspace_id', true), '')::uuid"
        return [
            "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE \(table) FORCE ROW LEVEL SECURITY",
            "CREATE POLICY workspace_isolation ON \(table) USING (\(predicate)) WITH CHECK (\(predicate))",
        ]
    }
}
