import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PiperApp
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Sign-in configuration")
struct AuthConfigurationTests {
    private static func configuration(_ flags: [String: String]) async throws -> PiperConfiguration {
        try PiperConfiguration(
            reader: try await ConfigSources(flags: flags, environment: [:]).makeReader(), environment: [:])
    }

    @Test("SQLite defaults to the single-user mode, PostgreSQL to accounts; either can be chosen")
    func modes() async throws {
        #expect(try await Self.configuration([:]).auth.mode == .local)
        let postgres = "postgres://piper:pw@127.0.0.1:5432/piper"
        #expect(try await Self.configuration(["database.url": postgres]).auth.mode == .accounts)
        #expect(try await Self.configuration(["database.url": postgres, "auth.mode": "local"]).auth.mode == .local)
        #expect(try await Self.configuration(["auth.mode": "ACCOUNTS"]).auth.mode == .accounts)
        #expect(try await Self.configuration([:]).auth.bcryptCost == 12)
    }

    @Test(
        "bad values name their key",
        arguments: [
            (["auth.mode": "open"], "auth.mode"), (["auth.bcrypt_cost": "3"], "auth.bcrypt_cost"),
            (["auth.oidc.issuer": "https://id.example.com"], "auth.oidc.client_id"),
            (["auth.oidc.issuer": "https://id.example.com", "auth.oidc.client_id": "piper"], "auth.oidc.redirect_uri"),
        ])
    func refusals(flags: [String: String], key: String) async throws {
        do {
            _ = try await Self.configuration(flags)
            Issue.record("accepted \(flags)")
        } catch let error as ConfigurationError {
            #expect(error.key == key)
        }
    }

    @Test("single sign-on is configured from its keys")
    func singleSignOn() async throws {
        let configuration = try await Self.configuration([
            "auth.oidc.issuer": "https://id.example.com", "auth.oidc.client_id": "piper",
            "auth.oidc.client_secret": "s3cret-value",
            "auth.oidc.redirect_uri": "https://piper.example.com/api/v1/auth/oidc/callback",
        ])
        let sso = try #require(configuration.auth.singleSignOn)
        #expect(sso.clientID == "piper" && sso.clientSecret == "s3cret-value" && sso.name == "single sign-on")
        #expect(
            !String(describing: sso).contains("s3cret") && !String(reflecting: configuration.auth).contains("s3cret"))
    }

    @Test("in accounts mode the built application asks for sign-in, and the first account signs in")
    func accountsMode() async throws {
        try await TestDatabase.withFreshLocation(.sqlite) { location in
            let folder = URL(fileURLWithPath: location.configurationText).deletingLastPathComponent().path
            let reader = try await ConfigSources(
                flags: [
                    "database.url": location.configurationText, "http.port": "0", "auth.mode": "accounts",
                    "auth.bcrypt_cost": "4", "secrets.key_file": folder + "/master.key",
                ],
                environment: [:]
            ).makeReader()
            let app = try await buildApplication(reader: reader, logger: TestDatabase.logger)
            try await app.testLive { client in
                let anonymous = try await client.execute(uri: "/api/v1/me", method: .get) { $0.status }
                #expect(anonymous == .unauthorized)
                let page = try await client.execute(uri: "/", method: .get) { $0.status }
                #expect(page == .found)
                let body = #"{"name":"Kim","email":"kim@example.com","username":"kim","password":"kims long phrase"}"#
                let token = try await client.execute(
                    uri: "/api/v1/auth/signup", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: body)
                ) { response in
                    (try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])?[
                        "accessToken"] as? String
                }
                let access = try #require(token)
                let me = try await client.execute(
                    uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(access)"]
                ) { $0.status }
                #expect(me == .ok)
            }
        }
    }
}
