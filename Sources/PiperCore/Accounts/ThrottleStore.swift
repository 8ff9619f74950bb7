import Foundation

/// How many failures a key may have in a window before it is blocked, and for how long.
package struct ThrottleRule: Hashable, Sendable {
    /// Failures allowed within the window; the next one blocks.
    package var limit: Int
    /// How long failures are counted together.
    package var window: TimeInterval
    /// How long a block lasts.
    package var block: TimeInterval

    /// Creates a rule.
    package init(limit: Int, window: TimeInterval, block: TimeInterval) {
        self.limit = limit
        self.window = window
        self.block = block
    }
}

/// Failed sign-in counters, in the database so they hold across instances.
package struct ThrottleStore: Sendable {
    /// The latest instant any of these keys is blocked until, if one is blocked at `now`.
    package var blockedUntil: @Sendable (_ keys: [String], _ now: Date) async throws -> Date?
    /// Counts a failure; returns the block's end when this failure reached the limit.
    package var recordFailure: @Sendable (_ key: String, _ rule: ThrottleRule, _ now: Date) async throws -> Date?
    /// Forgets a key's failures (after a successful sign-in).
    package var clear: @Sendable (_ key: String) async throws -> Void

    /// Creates a store from its endpoints.
    package init(
        blockedUntil: @escaping @Sendable (_ keys: [String], _ now: Date) async throws -> Date?,
        recordFailure: @escaping @Sendable (_ key: String, _ rule: ThrottleRule, _ now: Date) async throws -> Date?,
        clear: @escaping @Sendable (_ key: String) async throws -> Void
    ) {
        self.blockedUntil = blockedUntil
        self.recordFailure = recordFailure
        self.clear = clear
    }
}
