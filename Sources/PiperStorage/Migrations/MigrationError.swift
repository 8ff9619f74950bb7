/// Why the schema could not be brought up to date.
package enum MigrationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The database was migrated by a newer Piper than this binary.
    case databaseNewerThanBinary(database: Int, binary: Int)

    /// What happened and what to do about it.
    package var description: String {
        switch self {
        case .databaseNewerThanBinary(let database, let binary):
            "The database schema is at version \(database), but this piper binary only knows versions up to "
                + "\(binary). It was migrated by a newer Piper; run that version (or newer) instead. "
                + "Nothing was changed."
        }
    }
}
