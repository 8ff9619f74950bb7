import Logging
import PiperAuth
import PiperCore
import PiperServer
import PiperStorage

extension LiveDependencies {
    /// Accounts, sign-in and tokens over the database; access tokens are signed with a key derived from the
    /// secrets master key, so instances sharing that key accept each other's tokens.
    package func authService(master: MasterKey, bcryptCost: Int, logger: Logger) async -> AuthService {
        let stores = AuthStores.sql(database, accounts: accounts)
        let tokens = await AccessTokens(signingKey: master.derivedKey(purpose: "access tokens v1"))
        return AuthService(
            stores: stores, hasher: PasswordHasher(cost: UInt8(bcryptCost)), tokens: tokens, clock: clock, ids: ids,
            logger: logger)
    }
}
