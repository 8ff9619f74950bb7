import Logging
import NIOSSL
import PiperCore
import PostgresKit

extension PostgresBackend {
    /// Explains why the pool cannot serve: one direct connection attempt surfaces the real cause
    /// (refused, unknown host, bad credentials, missing database) that a waiting pool would hide.
    func diagnose() async -> StorageError {
        let translation = PostgresErrorTranslation(location: location)
        do {
            let connection = try await withDeadline(seconds: 5) {
                try await PostgresConnection.connect(
                    configuration: self.directConfiguration(),
                    id: 0,
                    logger: self.logger
                )
            }
            try? await connection.close()
            return .unavailable(
                "PostgreSQL at \(location.host):\(location.port) accepts connections but did not answer in time")
        } catch let error as PSQLError {
            return (translation.translate(error) as? StorageError) ?? .unavailable("\(error.code)")
        } catch let error as StorageError {
            return error
        } catch {
            return .unavailable("cannot connect to PostgreSQL at \(location.host):\(location.port) (\(error))")
        }
    }

    private func directConfiguration() throws -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: location.host,
            port: location.port,
            username: location.username,
            password: location.password,
            database: location.database,
            tls: try Self.connectionTLS(for: location.tls)
        )
        configuration.options.connectTimeout = .seconds(3)
        return configuration
    }

    private static func connectionTLS(for mode: PostgresLocation.TLSMode) throws -> PostgresConnection.Configuration.TLS
    {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }
}
