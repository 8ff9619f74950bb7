import Foundation
import PiperStorage

extension DatabaseLocation {
    /// The location as `--database` or `PIPER_DATABASE_URL` would spell it, password included, for tests
    /// that hand a fresh database to a child process or to the application's configuration.
    package var configurationText: String {
        switch self {
        case .sqlite(let path):
            return path
        case .postgres(let postgres):
            let password = postgres.password.map {
                ":" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0)
            }
            return "postgres://\(postgres.username)\(password ?? "")@\(postgres.host):\(postgres.port)/"
                + "\(postgres.database)?sslmode=\(postgres.tls.rawValue)"
        }
    }
}
