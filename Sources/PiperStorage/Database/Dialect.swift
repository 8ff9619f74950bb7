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

    /// A statement that serializes schema changes between processes for the rest of the transaction.
    ///
    /// SQLite needs none: its write transactions are already exclusive.
    package var migrationLockStatement: String? {
        switch self {
        case .sqlite: nil
        case .postgres: "SELECT pg_advisory_xact_lock(7401482215)"
        }
    }

    /// A statement that serializes claiming an empty installation between processes.
    package var installationLockStatement: String? {
        switch self {
        case .sqlite: nil
        case .postgres: "SELECT pg_advisory_xact_lock(7401482216)"
        }
    }
}
