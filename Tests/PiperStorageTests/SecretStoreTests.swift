import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

@Suite("Encrypted secrets")
struct SecretStoreTests {
    static let token = "ghp_Sup3rSecretTokenValue1234567890"

    static func key() throws -> MasterKey { try MasterKey(base64: MasterKey.generateBase64()) }

    /// Every stored ciphertext of the given owners, read raw under each owner's tenant setting.
    static func ciphertexts(in database: Database, of scopes: [Scope]) async throws -> [String] {
        var ciphertexts: [String] = []
        for scope in scopes {
            ciphertexts += try await database.read(in: .owner(scope)) { sql in
                try await sql.select().column("ciphertext").from("user_secrets")
                    .where("workspace_id", .equal, scope.workspace.rawValue).where(
                        "owner_id", .equal, scope.owner.rawValue
                    )
                    .all().map { try $0.decode(column: "ciphertext", as: String.self) }
            }
        }
        return ciphertexts
    }

    @Test("stores, reveals, lists and deletes within the scope only", arguments: TestDatabase.availableDialects)
    func roundTrip(dialect: Dialect) async throws {
        try await EngineStoreContractTests.withTenants(dialect) { database, tenants in
            let store = SecretStore.sql(database, master: try Self.key())
            let name = try SecretName("github.token")
            let stored = try await store.store(tenants.owner, name, Self.token, Fixtures.now)
            #expect(stored.keyVersion == 1)
            #expect(try await store.reveal(tenants.owner, name) == Self.token)
            #expect(try await store.list(tenants.owner).map(\.name) == [name])
            for outsider in [tenants.colleague, tenants.stranger] {
                let revealed = try await store.reveal(outsider, name)
                #expect(revealed == nil)
                #expect(try await store.list(outsider).isEmpty)
                await #expect(throws: SecretError.notFound(name)) { try await store.delete(outsider, name) }
            }
            _ = try await store.store(tenants.owner, name, "replaced", Fixtures.now)
            #expect(try await store.reveal(tenants.owner, name) == "replaced")
            try await store.delete(tenants.owner, name)
            let gone = try await store.reveal(tenants.owner, name)
            #expect(gone == nil)
        }
    }

    @Test(
        "no plaintext in the database; a row moved to another owner does not open",
        arguments: TestDatabase.availableDialects)
    func atRest(dialect: Dialect) async throws {
        try await EngineStoreContractTests.withTenants(dialect) { database, tenants in
            let store = SecretStore.sql(database, master: try Self.key())
            let name = try SecretName("openai.key")
            _ = try await store.store(tenants.owner, name, Self.token, Fixtures.now)
            let rows = try await database.read(in: .owner(tenants.owner)) { sql in
                try await sql.raw("SELECT ciphertext AS text FROM user_secrets UNION ALL SELECT wrapped FROM data_keys")
                    .all().map { try $0.decode(column: "text", as: String.self) }
            }
            #expect(rows.count == 2)
            #expect(rows.allSatisfy { !$0.contains(Self.token) && !$0.contains("Sup3rSecret") })
            if case .sqlite(let path) = database.location {
                for file in [path, path + "-wal"] {
                    let bytes = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
                    #expect(bytes.range(of: Data(Self.token.utf8)) == nil, "plaintext in \(file)")
                }
            }
            try await database.write(in: .workspace(tenants.owner.workspace)) { sql in
                try await sql.update("user_secrets")
                    .set("owner_id", to: tenants.colleague.owner.rawValue).run()
            }
            await #expect(throws: SecretError.corrupted(name)) { try await store.reveal(tenants.colleague, name) }
        }
    }

    @Test("another master key cannot read the secrets", arguments: TestDatabase.availableDialects)
    func wrongMasterKey(dialect: Dialect) async throws {
        try await EngineStoreContractTests.withTenants(dialect) { database, tenants in
            let name = try SecretName("jira.token")
            _ = try await SecretStore.sql(database, master: try Self.key()).store(
                tenants.owner, name, Self.token, Fixtures.now)
            let other = SecretStore.sql(database, master: try Self.key())
            await #expect(throws: SecretError.wrongMasterKey) { try await other.reveal(tenants.owner, name) }
        }
    }

    @Test(
        "rotation re-encrypts every secret under a new data key and keeps them readable",
        arguments: TestDatabase.availableDialects)
    func rotation(dialect: Dialect) async throws {
        try await EngineStoreContractTests.withTenants(dialect) { database, tenants in
            let master = try Self.key()
            let store = SecretStore.sql(database, master: master)
            let keyring = SecretKeyring.sql(database, master: master, batchSize: 2)
            for index in 0..<5 {
                _ = try await store.store(
                    tenants.owner, try SecretName("token-\(index)"), "value-\(index)", Fixtures.now)
            }
            _ = try await store.store(tenants.stranger, try SecretName("token-0"), "theirs", Fixtures.now)
            let before = try await Self.ciphertexts(in: database, of: [tenants.owner, tenants.stranger])
            #expect(before.count == 6)
            let rotation = try await keyring.rotate(Fixtures.now)
            #expect(rotation == KeyRotation(version: 2, reencrypted: 6))
            let versions = try await keyring.versions()
            #expect(
                versions == [
                    DataKeyVersion(version: 1, isActive: false, secretCount: 0),
                    DataKeyVersion(version: 2, isActive: true, secretCount: 6),
                ])
            for index in 0..<5 {
                let value = try await store.reveal(tenants.owner, try SecretName("token-\(index)"))
                #expect(value == "value-\(index)")
            }
            #expect(try await store.reveal(tenants.stranger, try SecretName("token-0")) == "theirs")
            let after = try await Self.ciphertexts(in: database, of: [tenants.owner, tenants.stranger])
            #expect(Set(after).isDisjoint(with: before))
            #expect(
                try await store.store(tenants.owner, try SecretName("token-9"), "new", Fixtures.now).keyVersion == 2)
        }
    }

    @Test("names and values are validated")
    func validation() throws {
        #expect(throws: SecretError.invalidName("GitHub Token")) { try SecretName("GitHub Token") }
        #expect(throws: SecretError.invalidName("")) { try SecretName("") }
        #expect(try SecretName("linear.api-key_2").rawValue == "linear.api-key_2")
    }
}
