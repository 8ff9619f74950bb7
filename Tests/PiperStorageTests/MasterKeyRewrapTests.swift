import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Master key replacement")
struct MasterKeyRewrapTests {
    @Test(
        "data keys move to the new master key; the old one stops working; a wrong one changes nothing",
        arguments: TestDatabase.availableDialects)
    func rewrap(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let old = try MasterKey(base64: MasterKey.generateBase64())
            let new = try MasterKey(base64: MasterKey.generateBase64())
            let scope = try await Fixtures.makeScope(in: .sql(database))
            let name = try SecretName("github")
            _ = try await SecretStore.sql(database, master: old).store(scope, name, "ghp_value", Date())
            _ = try await SecretKeyring.sql(database, master: old).rotate(Date())

            await #expect(throws: SecretError.wrongMasterKey) {
                _ = try await MasterKeyRewrap.rewrap(database, from: new, to: old)
            }
            #expect(try await SecretStore.sql(database, master: old).reveal(scope, name) == "ghp_value")

            #expect(try await MasterKeyRewrap.rewrap(database, from: old, to: new) == 2)
            #expect(try await SecretStore.sql(database, master: new).reveal(scope, name) == "ghp_value")
            await #expect(throws: SecretError.wrongMasterKey) {
                _ = try await SecretStore.sql(database, master: old).reveal(scope, name)
            }
        }
    }
}
