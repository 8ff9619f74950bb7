/// What can go wrong below the stores, in words an operator can act on.
package enum StorageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The configured database location cannot be understood.
    case invalidLocation(String)
    /// The database cannot be reached or opened right now.
    case unavailable(String)
    /// The database did not answer within the allowed time.
    case timedOut(seconds: Double)
    /// The database file or schema is not what this binary expects.
    case incompatible(String)

    /// A sentence safe to show: it never contains passwords or query parameters.
    package var description: String {
        switch self {
        case .invalidLocation(let message): "Invalid database location: \(message)."
        case .unavailable(let message): "Database unavailable: \(message)."
        case .timedOut(let seconds): "The database did not answer within \(seconds) seconds."
        case .incompatible(let message): "Incompatible database: \(message)."
        }
    }
}
