import Foundation
import PiperCore

/// Where Piper's data lives: an embedded SQLite file or a PostgreSQL server.
package enum DatabaseLocation: Hashable, Sendable, CustomStringConvertible {
    /// One SQLite file on local disk.
    case sqlite(path: String)
    /// A PostgreSQL database reached over TCP.
    case postgres(PostgresLocation)

    /// Reads a location from configuration text.
    ///
    /// `postgres://` and `postgresql://` URLs select PostgreSQL; `sqlite://PATH`, `sqlite:PATH` and a plain
    /// file path select SQLite.
    package init(parsing text: String) throws(StorageError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .invalidLocation("the database location is empty") }
        let lowercased = trimmed.lowercased()
        if lowercased.hasPrefix("postgres://") || lowercased.hasPrefix("postgresql://") {
            self = .postgres(try PostgresLocation(url: trimmed))
        } else if lowercased.hasPrefix("sqlite://") {
            self = .sqlite(path: String(trimmed.dropFirst("sqlite://".count)))
        } else if lowercased.hasPrefix("sqlite:") {
            self = .sqlite(path: String(trimmed.dropFirst("sqlite:".count)))
        } else if trimmed.contains("://") {
            throw .invalidLocation("unsupported database URL scheme; use postgres:// or a SQLite file path")
        } else {
            self = .sqlite(path: trimmed)
        }
    }

    /// The SQL dialect this location speaks.
    package var dialect: Dialect {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }

    /// A description safe for logs: PostgreSQL passwords are never included.
    package var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let location): location.description
        }
    }
}
