/// Runs `body` with the database served for its duration, then stops serving and closes it.
///
/// For commands and tests that use the database outside the application's service group.
package func withServedDatabase<T: Sendable>(
    _ database: Database,
    _ body: @escaping @Sendable (Database) async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask {
            await database.run()
            return nil
        }
        defer { group.cancelAll() }
        do {
            let result = try await body(database)
            group.cancelAll()
            await database.close()
            return result
        } catch {
            group.cancelAll()
            await database.close()
            throw error
        }
    }
}
