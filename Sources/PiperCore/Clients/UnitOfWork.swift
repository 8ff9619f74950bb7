import Synchronization

/// Runs several store calls as one database transaction.
///
/// Every store call made inside ``write(_:_:)`` — by the calling task and the tasks it waits for — joins
/// the one transaction, so a turn's writes commit once, together, or not at all. Reads inside
/// ``read(_:_:)`` see one consistent snapshot. ``none`` gives each store call its own transaction, which
/// is all the in-memory stores need.
package struct UnitOfWork: Sendable {
    /// Runs `body` in one writing transaction confined to `scope`.
    package var writing:
        @Sendable (_ scope: Scope, _ body: @escaping @Sendable () async throws -> Void) async throws -> Void
    /// Runs `body` in one read-only transaction confined to `scope`.
    package var reading:
        @Sendable (_ scope: Scope, _ body: @escaping @Sendable () async throws -> Void) async throws -> Void

    /// Creates a unit of work from its endpoints.
    package init(
        writing:
            @escaping @Sendable (_ scope: Scope, _ body: @escaping @Sendable () async throws -> Void)
            async throws -> Void,
        reading:
            @escaping @Sendable (_ scope: Scope, _ body: @escaping @Sendable () async throws -> Void)
            async throws -> Void
    ) {
        self.writing = writing
        self.reading = reading
    }

    /// Each store call is its own transaction.
    package static let none = UnitOfWork(
        writing: { _, body in try await body() }, reading: { _, body in try await body() })

    /// Runs `body` as one writing transaction and returns its result once that transaction has committed.
    package func write<T: Sendable>(_ scope: Scope, _ body: @escaping @Sendable () async throws -> T) async throws -> T
    {
        let result = ResultSlot<T>()
        try await writing(scope) { result.store(try await body()) }
        return try result.taken()
    }

    /// Runs `body` as one read-only transaction and returns its result.
    package func read<T: Sendable>(_ scope: Scope, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let result = ResultSlot<T>()
        try await reading(scope) { result.store(try await body()) }
        return try result.taken()
    }
}

/// Carries a body's result out of a closure that returns nothing.
package final class ResultSlot<T: Sendable>: Sendable {
    private let value = Mutex<T?>(nil)

    /// Creates an empty slot.
    package init() {}

    /// Keeps `newValue`.
    package func store(_ newValue: T) {
        value.withLock { $0 = newValue }
    }

    /// The kept value; throws when the work that should have stored it never ran.
    package func taken() throws -> T {
        guard let stored = value.withLock({ $0.take() }) else {
            throw StorageError.unavailable("a transaction ended without running its work")
        }
        return stored
    }
}
