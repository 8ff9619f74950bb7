extension Schema {
    /// Version 4: the append-only audit log. Triggers refuse every UPDATE and DELETE on both databases.
    static let audit = Migration(version: 4, name: "audit") { dialect in
        let id = dialect.uuidType
        let time = dialect.timestampType
        let table = """
            CREATE TABLE audit_events (
                id \(id) PRIMARY KEY,
                workspace_id \(id) NOT NULL,
                owner_id \(id) NOT NULL,
                actor_id \(id),
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                request_id TEXT,
                created_at \(time) NOT NULL
            )
            """
        let indexes = [
            "CREATE INDEX audit_events_owner_idx ON audit_events (workspace_id, owner_id, created_at)",
            "CREATE INDEX audit_events_workspace_idx ON audit_events (workspace_id, created_at)",
        ]
        switch dialect {
        case .sqlite:
            return [table] + indexes
                + ["UPDATE", "DELETE"].map { operation in
                    """
                    CREATE TRIGGER audit_events_no_\(operation.lowercased()) BEFORE \(operation) ON audit_events
                    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END
                    """
                }
        case .postgres:
            return [table] + indexes + [
                """
                CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$
                """,
                """
                CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
                """,
            ]
        }
    }
}
