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
        let stores = AuthStores.sql(database, accounts: accounts)
        return AuthService(
            stores: stores, hasher: PasswordHasher(cost: 4),
            tokens: await AccessTokens(signingKey: SymmetricKey(size: .bits256)), settings: settings, clock: clock,
            ids: .random, logger: logger)
    }
}
