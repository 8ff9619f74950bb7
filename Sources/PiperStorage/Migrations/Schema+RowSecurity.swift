extension Schema {
    /// Every owner-bearing table (one with `workspace_id` and `owner_id`) that row-level security guards.
    ///
    /// A migration that adds such a table appends it here and applies ``rowSecurityStatements(for:)``
    /// to it; a test fails for any owner-bearing table left out.
    package static let rowSecurityTables = firstRowSecurityTables + ["model_calls"]

    /// The owner-bearing tables version 6 guards; tables added later are guarded by their own migration.
    private static let firstRowSecurityTables = [
        "conversations", "turns", "todos", "todo_counters", "projects", "reminders", "user_preferences",
        "personal_contexts", "pending_offers", "ledger_entries", "user_secrets", "audit_events", "sessions",
        "refresh_tokens", "api_tokens",
    ]

    /// Version 6: PostgreSQL row-level security on every owner-bearing table, keyed on the
    /// transaction-local `piper.workspace_id` and `piper.owner_id` settings. SQLite has none.
    static let rowSecurity = Migration(version: 6, name: "row security") { dialect in
        switch dialect {
        case .sqlite: []
        case .postgres: firstRowSecurityTables.flatMap(rowSecurityStatements(for:))
        }
    }

    /// The PostgreSQL statements that confine `table` to the tenant setting, binding its owner too.
    package static func rowSecurityStatements(for table: String) -> [String] {
        [
            "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE \(table) FORCE ROW LEVEL SECURITY",
            "CREATE POLICY tenant_isolation ON \(table) USING (\(tenantPredicate)) WITH CHECK (\(tenantPredicate))",
        ]
    }

    /// Rows of the setting's workspace, and of its owner unless the owner is `*` (the whole workspace).
    /// An unset or empty setting matches nothing; `*` never reaches the uuid cast.
    private static let tenantPredicate = """
        workspace_id = NULLIF(current_setting('piper.workspace_id', true), '')::uuid \
        AND (current_setting('piper.owner_id', true) = '*' \
        OR owner_id = NULLIF(NULLIF(current_setting('piper.owner_id', true), ''), '*')::uuid)
        """
}
