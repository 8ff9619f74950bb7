import PiperCore

extension AuthStores {
    /// Every store authentication uses, over Piper's database.
    package static func sql(_ database: Database, accounts: AccountStore? = nil) -> AuthStores {
        AuthStores(
            accounts: accounts ?? .sql(database), logins: .sql(database), members: .sql(database),
            invitations: .sql(database), sessions: .sql(database), apiTokens: .sql(database),
            throttles: .sql(database), resets: .sql(database), audit: .sql(database), personalData: .sql(database))
    }
}
