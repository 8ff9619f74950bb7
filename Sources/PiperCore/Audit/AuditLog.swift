/// The append-only audit log: entries can be added and read, never changed or removed.
package struct AuditLog: Sendable {
    /// Adds an entry.
    package var record: @Sendable (_ event: AuditEvent) async throws -> Void
    /// A user's own entries, newest first.
    package var entries: @Sendable (_ scope: Scope, _ page: Page) async throws -> [AuditEvent]
    /// Every entry of a workspace, newest first (for its owners and admins).
    package var workspaceEntries: @Sendable (_ workspace: Workspace.ID, _ page: Page) async throws -> [AuditEvent]

    /// Creates a log from its endpoints.
    package init(
        record: @escaping @Sendable (_ event: AuditEvent) async throws -> Void,
        entries: @escaping @Sendable (_ scope: Scope, _ page: Page) async throws -> [AuditEvent],
        workspaceEntries: @escaping @Sendable (_ workspace: Workspace.ID, _ page: Page) async throws -> [AuditEvent]
    ) {
        self.record = record
        self.entries = entries
        self.workspaceEntries = workspaceEntries
    }
}
