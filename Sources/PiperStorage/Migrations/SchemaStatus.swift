/// Where a database's schema stands against this binary.
package struct SchemaStatus: Hashable, Sendable {
    /// The newest version applied to the database; 0 when none is.
    package var current: Int
    /// The newest version this binary knows.
    package var latest: Int

    /// Creates a status.
    package init(current: Int, latest: Int) {
        self.current = current
        self.latest = latest
    }

    /// Whether migrations are waiting to be applied.
    package var hasPending: Bool { current < latest }
    /// Whether a newer Piper migrated this database.
    package var isNewerThanBinary: Bool { current > latest }
}
