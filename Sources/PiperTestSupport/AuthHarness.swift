import Crypto
import Foundation
import Logging
import PiperAuth
import PiperCore
import PiperStorage

/// The real authentication service over a test database, with a cheap bcrypt cost and a random signing key.
package enum AuthHarness {
    /// The service over `database`, on `clock`.
    package static func service(
        _ database: Database, accounts: AccountStore, clock: DateGenerator, settings: AuthSettings = AuthSettings(),
        logger: Logger = TestDatabase.logger
    ) async -> AuthService {
        let stores = AuthStores(
            accounts: accounts, logins: .sql(database), members: .sql(database), invitations: .sql(database),
            sessions: .sql(database), apiTokens: .sql(database), throttles: .sql(database), resets: .sql(database),
            audit: .sql(database), personalData: .sql(database))
        return AuthService(
            stores: stores, hasher: PasswordHasher(cost: 4),
            tokens: await AccessTokens(signingKey: SymmetricKey(size: .bits256)), settings: settings, clock: clock,
            ids: .random, logger: logger)
    }
}
