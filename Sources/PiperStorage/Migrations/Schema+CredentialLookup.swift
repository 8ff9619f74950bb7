extension Schema {
    /// Tables whose rows authentication must find by the hash of a presented token, before it knows the owner.
    package static let credentialLookupTables = ["refresh_tokens", "api_tokens"]

    /// Version 7: on PostgreSQL, a second policy on the credential tables admits exactly the row whose
    /// `token_hash` equals the transaction-local `piper.token_hash` setting. Without the token itself nobody
    /// can name that hash, and a connection without settings still sees nothing. SQLite has no row security.
    static let credentialLookup = Migration(version: 7, name: "credential lookup") { dialect in
        switch dialect {
        case .sqlite: []
        case .postgres:
            credentialLookupTables.map { table in
                """
                CREATE POLICY credential_lookup ON \(table) \
                USING (token_hash = NULLIF(current_setting('piper.token_hash', true), '')) \
                WITH CHECK (token_hash = NULLIF(current_setting('piper.token_hash', true), ''))
                """
            }
        }
    }
}
