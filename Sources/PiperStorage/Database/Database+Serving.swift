/// Runs `body` with the database served for its duration, then stops serving and closes it.
///
/// For commands and tests that use the database outside the application's service group.
package func withServedDatabase<T: Sendable>(
    _ database: Database,
    _ body: @escaping @Sendable (Database) async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await database.run() }
        let outcome: Result<T, any Error>
        do {
            outcome = .success(try await body(database))
        } catch {
            outcome = .failure(error)
        }
        group.cancelAll()
        await database.close()
        return try outcome.get()
    }
}
