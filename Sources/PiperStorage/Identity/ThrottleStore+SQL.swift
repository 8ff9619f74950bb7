import Foundation
import PiperCore
import SQLKit

extension ThrottleStore {
    /// Failed sign-in counters in Piper's database, shared by every instance.
    package static func sql(_ database: Database) -> ThrottleStore {
        ThrottleStore(
            blockedUntil: { keys, now in
                guard !keys.isEmpty else { return nil }
                return try await database.read { sql in
                    try await sql.select().column("blocked_until").from("sign_in_throttles")
                        .where("key", .in, keys).where("blocked_until", .greaterThan, now).all()
                        .compactMap { try $0.decode(column: "blocked_until", as: Date?.self) }.max()
                }
            },
            recordFailure: { key, rule, now in
                try await database.write { sql in
                    let failures = try await ThrottleRows.count(key, rule: rule, now: now, sql: sql)
                    guard failures >= rule.limit else { return nil }
                    let until = now.addingTimeInterval(rule.block)
                    try await sql.update("sign_in_throttles").set("blocked_until", to: until).set("failures", to: 0)
                        .set("window_started_at", to: now).where("key", .equal, key).run()
                    return until
                }
            },
            clear: { key in
                try await database.write {
                    try await $0.delete(from: "sign_in_throttles").where("key", .equal, key).run()
                }
            }
        )
    }
}

/// Rows of the sign_in_throttles table.
enum ThrottleRows {
    /// Adds one failure atomically, starting a new window when the old one has passed; returns the count.
    static func count(_ key: String, rule: ThrottleRule, now: Date, sql: any SQLDatabase) async throws -> Int {
        let windowStart = now.addingTimeInterval(-rule.window)
        let row = try await sql.raw(
            """
            INSERT INTO sign_in_throttles (key, failures, window_started_at) VALUES (\(bind: key), 1, \(bind: now))
            ON CONFLICT (key) DO UPDATE SET
            failures = CASE WHEN sign_in_throttles.window_started_at <= \(bind: windowStart) THEN 1 \
            ELSE sign_in_throttles.failures + 1 END,
            window_started_at = CASE WHEN sign_in_throttles.window_started_at <= \(bind: windowStart) \
            THEN \(bind: now) ELSE sign_in_throttles.window_started_at END
            RETURNING failures
            """
        ).first()
        return try row?.decode(column: "failures", as: Int.self) ?? 1
    }
}
