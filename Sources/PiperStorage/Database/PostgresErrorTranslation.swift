import PiperCore
import PostgresKit

/// Turns driver errors into ``StorageError`` values an operator can read, without leaking secrets.
struct PostgresErrorTranslation {
    let location: PostgresLocation

    /// Connection-level failures become ``StorageError/unavailable(_:)``; server errors pass through.
    func translate(_ error: PSQLError) -> any Error {
        switch error.code {
        case .connectionError:
            let cause = error.underlying.map { " (\($0))" } ?? ""
            return StorageError.unavailable("cannot connect to PostgreSQL at \(location.host):\(location.port)\(cause)")
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
            return StorageError.unavailable("the connection to PostgreSQL at \(location.host):\(location.port) closed")
        case .sslUnsupported:
            return StorageError.unavailable("the PostgreSQL server does not support TLS; set sslmode=disable")
        case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
            return StorageError.unavailable("PostgreSQL refused the credentials for user '\(location.username)'")
        case .server:
            return serverError(error)
        default:
            return error
        }
    }

    /// Collapses a failed transaction into the error that matters most.
    func translate(_ error: PostgresTransactionError) -> any Error {
        if let closure = error.closureError { return translateAny(closure) }
        if let begin = error.beginError { return translateAny(begin) }
        if let commit = error.commitError { return translateAny(commit) }
        if let rollback = error.rollbackError { return translateAny(rollback) }
        return error
    }

    private func translateAny(_ error: any Error) -> any Error {
        (error as? PSQLError).map(translate) ?? error
    }

    private func serverError(_ error: PSQLError) -> any Error {
        let state = error.serverInfo?[.sqlState] ?? ""
        switch state {
        case "28P01", "28000":
            return StorageError.unavailable("PostgreSQL refused the credentials for user '\(location.username)'")
        case "3D000":
            return StorageError.unavailable("the database '\(location.database)' does not exist on \(location.host)")
        case "57P01", "57P02", "57P03":
            return StorageError.unavailable("PostgreSQL at \(location.host):\(location.port) is shutting down")
        default:
            return error
        }
    }
}
