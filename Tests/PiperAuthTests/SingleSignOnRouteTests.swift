import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperAuth
import PiperCore
import PiperServer
import PiperStorage
import PiperTestSupport
import Testing

/// Single sign-on through Piper's real router against the provider double over real HTTP.
@Suite("Single sign-on routes")
struct SingleSignOnRouteTests {
    @Test("a verified email signs in to its account with session cookies and returns to the page")
    func signIn() async throws {
        try await Self.with { harness, service, client in
            let account = try await service.signUp(
                SignUpRequest(
                    displayName: "Ada", email: "ada@example.com", username: "ada", password: "analytical engine 1843",
                    invitation: nil, timeZone: "UTC"), origin: RequestOrigin(requestID: nil, address: "test"))
            let done = try await Self.completeSignIn(harness, client, next: "/c/mine")
            #expect(done.status == .found)
            #expect(done.headers[.location] == "/c/mine")
            let cookies = done.headers[values: .setCookie]
            let access = try #require(cookies.first { $0.hasPrefix("piper_access=") }).prefix { $0 != ";" }
            #expect(cookies.contains { $0.hasPrefix("piper_oidc_state=;") && $0.contains("Max-Age=0") })
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: String(access)]) {
                String(buffer: $0.body)
            }
            #expect(me.contains(account.principal.userID.description))
            let again = try await Self.completeSignIn(harness, client, next: "/")
            #expect(again.status == .found)
        }
    }

    @Test("an invited address with no account gets one from its invitation, in the invitation's role")
    func invitationBySingleSignOn() async throws {
        try await Self.with { harness, service, client in
            let owner = try await service.signUp(
                SignUpRequest(
                    displayName: "Owner", email: "owner@example.com", username: "ada",
                    password: "analytical engine 1843",
                    invitation: nil, timeZone: "UTC"), origin: RequestOrigin(requestID: nil, address: "test"))
            _ = try await service.invite(
                by: Authentication(principal: owner.principal, credential: .session(owner.session)),
                email: "ada@example.com", role: .admin, origin: RequestOrigin(requestID: nil, address: "test"))
            let done = try await Self.completeSignIn(harness, client, next: "/")
            #expect(done.status == .found)
            let access = try #require(done.headers[values: .setCookie].first { $0.hasPrefix("piper_access=") })
            let me = try await client.execute(
                uri: "/api/v1/me", method: .get, headers: [.cookie: String(access.prefix { $0 != ";" })]
            ) { String(buffer: $0.body) }
            #expect(me.contains("Ada Lovelace") && me.contains(owner.principal.workspaceID.description))
            let members = try await service.members(
                for: Authentication(principal: owner.principal, credential: .session(owner.session)))
            #expect(members.contains { $0.username == "ada-2" && $0.role == .admin })
            let again = try await Self.completeSignIn(harness, client, next: "/")
            #expect(again.status == .found)
            #expect(
                try await service.members(
                    for: Authentication(principal: owner.principal, credential: .session(owner.session))
                ).count == 2)
        }
    }

    @Test("unverified or unknown emails, and callbacks from another browser, go back to sign-in with a reason")
    func refusals() async throws {
        try await Self.with { harness, _, client in
            let unknown = try await Self.completeSignIn(harness, client, next: "/")
            #expect(unknown.status == .found && unknown.headers[.location] == "/signin?problem=sso_no_account")
            #expect(!unknown.headers[values: .setCookie].contains { $0.hasPrefix("piper_access=") })
            harness.provider.user = .init(subject: "x-2", email: "ada@example.com", emailVerified: false, name: nil)
            let unverified = try await Self.completeSignIn(harness, client, next: "/")
            #expect(unverified.headers[.location] == "/signin?problem=sso_no_account")
            let stolen = try await Self.completeSignIn(harness, client, next: "/", sendStateCookie: false)
            #expect(stolen.headers[.location] == "/signin?problem=sso_expired")
            let denied = try await client.execute(uri: "/api/v1/auth/oidc/callback?error=access_denied", method: .get) {
                $0.headers[.location]
            }
            #expect(denied == "/signin?problem=sso_denied")
            let page = try await client.execute(uri: "/signin?problem=sso_no_account", method: .get) {
                String(buffer: $0.body)
            }
            #expect(page.contains("no Piper account or invitation uses that"))
            let crafted = try await client.execute(uri: "/signin?problem=<b>pay+here</b>", method: .get) {
                String(buffer: $0.body)
            }
            #expect(!crafted.contains("pay here") && !crafted.contains("<b>"))
        }
    }

    @Test("another site cannot start a sign-in in the browser; Piper's own page can")
    func startObeysTheOriginRule() async throws {
        try await Self.with { _, _, client in
            let site = HTTPField.Name("Sec-Fetch-Site")!
            for (value, expected) in [("cross-site", HTTPResponse.Status.forbidden), ("same-site", .forbidden)] {
                let status = try await client.execute(
                    uri: "/api/v1/auth/oidc/start?next=/", method: .get, headers: [site: value]
                ) { $0.status }
                #expect(status == expected, "\(value)")
            }
            for value in ["same-origin", "none"] {
                let reply = try await client.execute(
                    uri: "/api/v1/auth/oidc/start?next=/", method: .get, headers: [site: value]
                ) { $0 }
                #expect(reply.status == .found, "\(value)")
                #expect(reply.headers[values: .setCookie].contains { $0.hasPrefix("piper_oidc_state=") })
            }
        }
    }

    typealias Body = @Sendable (OIDCHarness, AuthService, any TestClientProtocol) async throws -> Void

    static func with(_ body: @escaping Body) async throws {
        try await OIDCHarness.run { harness in
            try await TestDatabase.withMigrated(.sqlite) { database in
                let engine = try await EngineHarness.make(database: database, timeZone: "UTC", clock: harness.clock)
                let service = await AuthHarness.service(
                    database, accounts: engine.engine.accounts, clock: harness.clock.generator)
                let auth = AuthDependencies(service: service, localPrincipal: nil, singleSignOn: harness.client)
                let authenticator = Authenticator(auth)
                let router = buildRouter(
                    ServerDependencies(
                        readinessChecks: [], version: "test",
                        chat: ChatDependencies(
                            engine: engine.engine, pipeline: engine.pipeline,
                            identify: { try await authenticator.authenticate($0, context: $1) }),
                        auth: auth))
                try await Application(router: router).test(.router) { client in try await body(harness, service, client)
                }
            }
        }
    }

    struct Reply {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
    }

    /// Start → the provider's authorization endpoint (real HTTP) → Piper's callback, like a browser.
    static func completeSignIn(
        _ harness: OIDCHarness, _ client: some TestClientProtocol, next: String, sendStateCookie: Bool = true
    ) async throws -> Reply {
        let started = try await client.execute(uri: "/api/v1/auth/oidc/start?next=\(next)", method: .get) { $0 }
        #expect(started.status == .found)
        let location = try #require(started.headers[.location])
        let state = try #require(started.headers[values: .setCookie].first { $0.hasPrefix("piper_oidc_state=") })
        let provider = try await harness.http.execute(HTTPClientRequest(url: location), timeout: .seconds(10))
        let redirect = try #require(provider.headers.first(name: "Location"))
        let query = try #require(URLComponents(string: redirect)?.percentEncodedQuery)
        var headers: HTTPFields = [:]
        if sendStateCookie { headers[.cookie] = String(state.prefix { $0 != ";" }) }
        return try await client.execute(uri: "/api/v1/auth/oidc/callback?\(query)", method: .get, headers: headers) {
            Reply(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
        }
    }
}
