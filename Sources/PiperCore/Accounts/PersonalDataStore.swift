/// Erasure of one person's data in one workspace: conversations, todos, projects, reminders, settings,
/// secrets, sessions and API tokens. The audit log is kept: it records that the erasure happened.
package struct PersonalDataStore: Sendable {
    /// Deletes everything `scope` owns except its audit entries, in one transaction.
    package var erase: @Sendable (_ scope: Scope) async throws -> Void

    /// Creates a store from its endpoint.
    package init(erase: @escaping @Sendable (_ scope: Scope) async throws -> Void) {
        self.erase = erase
    }
}
