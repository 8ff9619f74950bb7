import Foundation

/// The injected clock: every "now" in Piper comes from here, so tests can fix time.
package struct DateGenerator: Sendable {
    /// Returns the current instant.
    package var now: @Sendable () -> Date

    /// Creates a clock from a closure.
    package init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system clock.
    package static let system = DateGenerator { Date() }

    /// A clock that always answers the same instant.
    package static func constant(_ date: Date) -> DateGenerator {
        DateGenerator { date }
    }
}
