import Logging
import NIOSSL
import PiperCore
import PostgresKit
import SQLKit

/// A pooled PostgreSQL client. Its `run()` must be running (in the service group) for queries to proceed.
final class PostgresBackend: Sendable {
    private let client: PostgresClient
    let location: PostgresLocation
    let logger: Logger
    private let operationTimeout: Double

    init(location: PostgresLocation, operationTimeout: Double, logger: Logger) {
        var configuration = PostgresClient.Configuration(
            host: location.host,
            port: location.port,
            username: location.username,
            password: location.password,
            database: location.database,
            tls: Self.tls(for: location.tls)
        )
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.maximumConnections = 20
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.location = location
        self.logger = logger
        self.operationTimeout = operationTimeout
    }

    /// Keeps the connection pool alive until the calling task is cancelled.
    func run() async {
        await client.run()
    }

    /// Runs `body` in a transaction; commits when it returns, rolls back when it throws.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await translatingErrors {
            try await self.client.withTransaction(logger: self.logger) { connection in
                try await body(connection.sql())
            }
        }
    }

    /// Runs `body` on a pooled connection outside any explicit transaction.
    func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await translatingErrors {
            try await self.client.withConnection { connection in
                try await body(connection.sql())
            }
        }
    }

    /// Runs `body` in a transaction that first applies `setting`, so the setting ends with the transaction.
    ///
    /// A read-only transaction serves reads: `body` then cannot write even by mistake.
    func transaction<T: Sendable>(
        in setting: TenantSetting,
        isReadOnly: Bool,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await translatingErrors {
            try await self.client.withConnection { connection in
                do {
                    // PostgresNIO sends one statement at a time (no pipelining, no multi-statement
                    // queries), so BEGIN and the setting are two round trips; queueing both at once
                    // measured no faster.
                    try await connection.query(isReadOnly ? "BEGIN READ ONLY" : "BEGIN", logger: self.logger)
                    let sql = connection.sql()
                    try await setting.apply(to: sql, dialect: .postgres)
                    let result = try await body(sql)
                    try await connection.query("COMMIT", logger: self.logger)
                    return result
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: self.logger)
                    throw error
                }
            }
        }
    }

    private func translatingErrors<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        do {
            return try await withDeadline(seconds: operationTimeout, body)
        } catch StorageError.timedOut {
            throw await diagnose()
        } catch let error as PSQLError {
            throw PostgresErrorTranslation(location: location).translate(error)
        } catch let error as PostgresTransactionError {
            throw PostgresErrorTranslation(location: location).translate(error)
        }
    }

    private static func tls(for mode: PostgresLocation.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }
}
