import Foundation
import PiperCore

/// The parts of a `postgres://user:password@host:port/database?sslmode=…` URL.
package struct PostgresLocation: Hashable, Sendable, CustomStringConvertible {
    /// How the connection uses TLS, after libpq's `sslmode`.
    package enum TLSMode: String, Hashable, Sendable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it.
        case prefer
        /// TLS or no connection.
        case require
    }

    /// Server host name or address.
    package var host: String
    /// Server port.
    package var port: Int
    /// Role to connect as.
    package var username: String
    /// Password, if the server asks for one. Never printed.
    package var password: String?
    /// Database name.
    package var database: String
    /// TLS behaviour.
    package var tls: TLSMode

    /// Creates a location from parts.
    package init(host: String, port: Int, username: String, password: String?, database: String, tls: TLSMode) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Parses a PostgreSQL URL; the message of a failure never repeats the password.
    package init(url text: String) throws(StorageError) {
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw .invalidLocation("the PostgreSQL URL needs a host, as in postgres://user:password@host:5432/db")
        }
        guard let username = components.user, !username.isEmpty else {
            throw .invalidLocation("the PostgreSQL URL needs a user, as in postgres://user:password@host:5432/db")
        }
        let database = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        self.host = host
        self.port = components.port ?? 5432
        self.username = username.removingPercentEncoding ?? username
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.isEmpty ? self.username : database
        self.tls = try Self.tlsMode(named: mode)
    }

    private static func tlsMode(named name: String) throws(StorageError) -> TLSMode {
        switch name {
        case "disable", "allow": return .disable
        case "prefer": return .prefer
        case "require", "verify-ca", "verify-full": return .require
        default: throw .invalidLocation("unknown sslmode '\(name)'; use disable, prefer or require")
        }
    }

    /// `postgres://user@host:port/database`, without the password.
    package var description: String {
        "postgres://\(username)@\(host):\(port)/\(database)"
    }
}
