/// The few places where SQLite and PostgreSQL need different SQL; everything else is written once.
package enum Dialect: String, Hashable, Sendable, CaseIterable {
    /// The embedded default.
    case sqlite
    /// The scale-out database.
    case postgres

    /// Column type for identifiers: native `uuid` on PostgreSQL, text on SQLite.
    package var uuidType: String {
        switch self {
        case .sqlite: "TEXT"
        case .postgres: "UUID"
        }
    }

    /// Column type for instants: `timestamptz` on PostgreSQL, Unix seconds as a real on SQLite.
    package var timestampType: String {
        switch self {
        case .sqlite: "REAL"
        case .postgres: "TIMESTAMPTZ"
        }
    }

    /// Column type for 64-bit integers.
    package var bigIntegerType: String {
        switch self {
        case .sqlite: "INTEGER"
        case .postgres: "BIGINT"
        }
    }

    /// Work that must not run in two processes at once.
    package enum ExclusiveWork: Int, Sendable {
        /// Applying migrations.
        case migration = 7_401_482_215
        /// Claiming an empty installation for its first user.
        case installationClaim = 7_401_482_216
    }

    /// A statement that holds `work`'s lock for the rest of the transaction.
    ///
    /// PostgreSQL takes a transaction-scoped advisory lock; SQLite needs none, as its write transactions
    /// are already exclusive.
    package func lockStatement(for work: ExclusiveWork) -> String? {
        switch self {
        case .sqlite: nil
        case .postgres: "SELECT pg_advisory_xact_lock(\(work.rawValue))"
        }
    }

    /// The clause that lets concurrent instances claim different rows: `FOR UPDATE SKIP LOCKED` on
    /// PostgreSQL; nothing on SQLite, whose single writer already serializes claims.
    package var skipLockedClause: String {
        switch self {
        case .sqlite: ""
        case .postgres: "FOR UPDATE SKIP LOCKED"
        }
    }
}
