import Foundation
import PiperCore
import SQLKit

extension ThrottleStore {
    /// Sign-in attempt counters in Piper's database, shared by every instance.
    package static func sql(_ database: Database) -> ThrottleStore {
        ThrottleStore(
            reserve: { charges, now in
                try await database.write { sql in try await ThrottleRows.reserve(charges, now: now, sql: sql) }
            },
            block: { key, until in
                try await database.write { sql in try await ThrottleRows.block(key, until: until, sql: sql) }
            },
            release: { keys in
                guard !keys.isEmpty else { return }
                try await database.write { sql in
                    try await sql.raw(
                        """
                        UPDATE sign_in_throttles SET failures = failures - 1 \
                        WHERE key IN (\(binds: keys)) AND failures > 0
                        """
                    ).run()
                }
            },
            clear: { key in
                try await database.write {
                    try await $0.delete(from: "sign_in_throttles").where("key", .equal, key).run()
                }
            },
            remember: { key, now in
                try await database.write { sql in
                    try await sql.raw(
                        """
                        INSERT INTO sign_in_throttles (key, failures, window_started_at) VALUES (\(bind: key), 0, \(bind: now))
                        ON CONFLICT (key) DO UPDATE SET window_started_at = \(bind: now)
                        """
                    ).run()
                }
            },
            remembered: { key, since in
                try await database.read { sql in
                    try await sql.select().column("key").from("sign_in_throttles").where("key", .equal, key)
                        .where("window_started_at", .greaterThanOrEqual, since).first() != nil
                }
            }
        )
    }
}

/// Rows of the sign_in_throttles table.
enum ThrottleRows {
    /// The reservation, inside the caller's write transaction.
    static func reserve(_ charges: [ThrottleCharge], now: Date, sql: any SQLDatabase) async throws
        -> ThrottleReservation
    {
        if let until = try await blockedUntil(charges.map(\.key), now: now, sql: sql) { return .blocked(until: until) }
        var lastAllowed: [ThrottleCharge] = []
        for charge in charges {
            let count = try await self.count(charge.key, rule: charge.rule, now: now, sql: sql)
            if count > charge.rule.limit {
                let until = now.addingTimeInterval(charge.rule.block)
                try await block(charge.key, until: until, sql: sql)
                return .blocked(until: until)
            }
            if count == charge.rule.limit { lastAllowed.append(charge) }
        }
        return .allowed(lastAllowed: lastAllowed)
    }

    /// The latest instant any of these keys is blocked until, if one is blocked at `now`.
    static func blockedUntil(_ keys: [String], now: Date, sql: any SQLDatabase) async throws -> Date? {
        guard !keys.isEmpty else { return nil }
        return try await sql.select().column("blocked_until").from("sign_in_throttles")
            .where("key", .in, keys).where("blocked_until", .greaterThan, now).all()
            .compactMap { try $0.decode(column: "blocked_until", as: Date?.self) }.max()
    }

    /// Blocks a key until then. The count is left alone: an attempt that passed the block check while this
    /// transaction ran still counts on, over the limit, rather than starting afresh.
    static func block(_ key: String, until: Date, sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO sign_in_throttles (key, failures, window_started_at, blocked_until) \
            VALUES (\(bind: key), 0, \(bind: until), \(bind: until))
            ON CONFLICT (key) DO UPDATE SET blocked_until = \(bind: until)
            """
        ).run()
    }

    /// Adds one attempt atomically and returns the count. A new count starts when the window has passed or
    /// a block has ended.
    static func count(_ key: String, rule: ThrottleRule, now: Date, sql: any SQLDatabase) async throws -> Int {
        let windowStart = now.addingTimeInterval(-rule.window)
        let fresh = SQLQueryString(
            """
            (sign_in_throttles.window_started_at <= \(bind: windowStart) \
            OR sign_in_throttles.blocked_until <= \(bind: now))
            """)
        let row = try await sql.raw(
            """
            INSERT INTO sign_in_throttles (key, failures, window_started_at) VALUES (\(bind: key), 1, \(bind: now))
            ON CONFLICT (key) DO UPDATE SET
            failures = CASE WHEN \(fresh) THEN 1 ELSE sign_in_throttles.failures + 1 END,
            window_started_at = CASE WHEN \(fresh) THEN \(bind: now) ELSE sign_in_throttles.window_started_at END,
            blocked_until = CASE WHEN \(fresh) THEN NULL ELSE sign_in_throttles.blocked_until END
            RETURNING failures
            """
        ).first()
        return try row?.decode(column: "failures", as: Int.self) ?? 1
    }
}
