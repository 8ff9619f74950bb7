/// Piper's schema, as the ordered list of migrations that build it. The migrations are its source of truth.
package enum Schema {
    /// Every migration this binary knows, oldest first.
    package static let migrations: [Migration] = [
        foundation,
        engine,
        secrets,
        audit,
        identity,
        rowSecurity,
        credentialLookup,
        sessionDetails,
        modelUsage,
    ]
}
