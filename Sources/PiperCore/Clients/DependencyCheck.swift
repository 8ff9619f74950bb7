/// One outside dependency that readiness depends on, such as the database.
package struct DependencyCheck: Sendable {
    /// A short stable name, such as `database`.
    package var name: String
    /// Returns normally when the dependency works; throws ``DependencyFailure`` or any error when not.
    package var check: @Sendable () async throws -> Void

    /// Creates a check.
    package init(name: String, check: @escaping @Sendable () async throws -> Void) {
        self.name = name
        self.check = check
    }
}

/// A dependency's own account of why it is not working, safe to show to an operator.
package struct DependencyFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// A short human explanation without secrets, such as "connection refused by 127.0.0.1:5432".
    package var reason: String

    /// Creates a failure with a reason.
    package init(reason: String) {
        self.reason = reason
    }

    /// The reason.
    package var description: String { reason }
}
