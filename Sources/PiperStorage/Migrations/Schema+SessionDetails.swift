extension Schema {
    /// Version 8: the browser or client and the address a session began from, so people recognise their
    /// sessions before ending one.
    static let sessionDetails = Migration(version: 8, name: "session details") { _ in
        [
            "ALTER TABLE sessions ADD COLUMN client TEXT",
            "ALTER TABLE sessions ADD COLUMN address TEXT",
        ]
    }
}
