import Foundation

/// How many attempts a key may have in a window before it is blocked, and for how long.
package struct ThrottleRule: Hashable, Sendable {
    /// Attempts allowed within the window; the attempt after them is refused and starts a block.
    package var limit: Int
    /// How long attempts are counted together.
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

/// One counter an attempt is charged to, under its rule.
package struct ThrottleCharge: Hashable, Sendable {
    /// The counter's key (hashed: it may hold what someone typed as a name).
    package var key: String
    /// Its rule.
    package var rule: ThrottleRule

    /// Creates a charge.
    package init(key: String, rule: ThrottleRule) {
        self.key = key
        self.rule = rule
    }
}

/// What a reservation found: blocked, or allowed (and which counters this attempt used up).
package enum ThrottleReservation: Hashable, Sendable {
    /// The attempt may go ahead; a failure of it should block `lastAllowed` (their limit is now reached).
    case allowed(lastAllowed: [ThrottleCharge])
    /// Refused: some counter is blocked until then. Nothing was counted for a key already blocked.
    case blocked(until: Date)
}

/// Sign-in attempt counters, in the database so they hold across instances. Every attempt is reserved
/// atomically before the password is checked, so parallel guesses cost one attempt each.
package struct ThrottleStore: Sendable {
    /// In one transaction: refuses when a key is blocked; otherwise counts the attempt on every key and
    /// refuses (blocking that key) when one goes over its limit.
    package var reserve: @Sendable (_ charges: [ThrottleCharge], _ now: Date) async throws -> ThrottleReservation
    /// Blocks a key until then.
    package var block: @Sendable (_ key: String, _ until: Date) async throws -> Void
    /// Takes back one counted attempt per key (a successful one).
    package var release: @Sendable (_ keys: [String]) async throws -> Void
    /// Forgets a key's attempts and block.
    package var clear: @Sendable (_ key: String) async throws -> Void
    /// Notes that `key` happened at `now` (an address an account signed in from).
    package var remember: @Sendable (_ key: String, _ now: Date) async throws -> Void
    /// Whether `key` was noted at or after `since`.
    package var remembered: @Sendable (_ key: String, _ since: Date) async throws -> Bool

    /// Creates a store from its endpoints.
    package init(
        reserve: @escaping @Sendable (_ charges: [ThrottleCharge], _ now: Date) async throws -> ThrottleReservation,
        block: @escaping @Sendable (_ key: String, _ until: Date) async throws -> Void,
        release: @escaping @Sendable (_ keys: [String]) async throws -> Void,
        clear: @escaping @Sendable (_ key: String) async throws -> Void,
        remember: @escaping @Sendable (_ key: String, _ now: Date) async throws -> Void,
        remembered: @escaping @Sendable (_ key: String, _ since: Date) async throws -> Bool
    ) {
        self.reserve = reserve
        self.block = block
        self.release = release
        self.clear = clear
        self.remember = remember
        self.remembered = remembered
    }
}
