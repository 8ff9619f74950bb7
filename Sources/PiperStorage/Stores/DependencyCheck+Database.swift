import PiperCore

extension DependencyCheck {
    /// Readiness of the database: a trivial query must answer within `timeout` seconds.
    package static func database(_ database: Database, timeout: Double = 2) -> DependencyCheck {
        DependencyCheck(name: "database") {
            do {
                try await database.ping(timeout: timeout)
            } catch let error as StorageError {
                throw DependencyFailure(reason: error.description)
            }
        }
    }
}
