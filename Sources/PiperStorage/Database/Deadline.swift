import PiperCore

/// Runs `body`, giving up with ``StorageError/timedOut(seconds:)`` when it takes longer than `seconds`.
package func withDeadline<T: Sendable>(
    seconds: Double,
    _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw StorageError.timedOut(seconds: seconds)
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw StorageError.timedOut(seconds: seconds) }
        return first
    }
}
