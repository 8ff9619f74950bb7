import PiperCore
import SQLKit

extension PersonalDataStore {
    /// Erasure over Piper's database, confined to the owner by the tenant setting and the scope predicate.
    package static func sql(_ database: Database) -> PersonalDataStore {
        PersonalDataStore(erase: { scope in
            try await database.write(in: .owner(scope)) { sql in
                for table in erasedTables {
                    try await ScopedQuery.scoped(sql.delete(from: table), to: scope).run()
                }
            }
        })
    }

    /// Every owner-bearing table but the audit log, children before parents.
    static var erasedTables: [String] {
        let first = ["ledger_entries", "pending_offers", "reminders", "turns", "refresh_tokens"]
        return first + Schema.rowSecurityTables.filter { !first.contains($0) && $0 != "audit_events" }
    }
}
