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

/// The real router in accounts mode over a fresh installation whose local user ("Alex") has no password yet.
struct AuthServer: Sendable {
    var harness: EngineHarness
    var auth: AuthDependencies
    var clock: TestClock
    var database: Database

    static func with(
        _ dialect: Dialect = .sqlite, settings: AuthSettings = AuthSettings(), logs: CapturedLogs? = nil,
        usage: Bool = false, _ body: @escaping @Sendable (AuthServer, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let clock = TestClock()
            let harness = try await EngineHarness.make(database: database, timeZone: "Europe/Berlin", clock: clock)
            let auth = AuthDependencies(
                service: await AuthHarness.service(
                    database, accounts: harness.engine.accounts, clock: clock.generator, settings: settings,
                    logger: logs?.logger() ?? TestDatabase.logger),
                localPrincipal: nil, trustForwardedFor: true)
            let authenticator = Authenticator(auth)
            let router = buildRouter(
                ServerDependencies(
                    readinessChecks: [], version: "test",
                    chat: ChatDependencies(
                        engine: harness.engine, pipeline: harness.pipeline,
                        identify: { request, context in try await authenticator.authenticate(request, context: context)
                        }),
                    secrets: .sql(database, master: try MasterKey(base64: MasterKey.generateBase64())),
                    audit: .sql(database), auth: auth,
                    usage: usage ? UsageRoutesTests.dependencies(database) : nil))
            let server = AuthServer(harness: harness, auth: auth, clock: clock, database: database)
            let application = Application(router: router, logger: logs?.logger() ?? TestDatabase.logger)
            try await application.test(.router) { client in try await body(server, client) }
        }
    }
}

/// A response with its headers, for cookie and Retry-After checks.
struct Reply: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String

    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]) ?? [:] }

    /// The value of a `Set-Cookie` named `name`.
    func cookie(_ name: String) -> String? {
        headers[values: .setCookie].first { $0.hasPrefix("\(name)=") }
    }
}

extension TestClientProtocol {
    /// Sends JSON with optional bearer token, cookies and client address.
    @discardableResult
    func send(
        _ method: HTTPRequest.Method, _ uri: String, json: String? = nil, bearer: String? = nil, cookie: String? = nil,
        from address: String = "192.0.2.1"
    ) async throws -> Reply {
        var headers: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: address]
        if json != nil { headers[.contentType] = "application/json" }
        if let bearer { headers[.authorization] = "Bearer \(bearer)" }
        if let cookie { headers[.cookie] = cookie }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
        {
            Reply(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
        }
    }

    /// Creates the first account (adopting the local user) and returns its session body.
    @discardableResult
    func signUpFirst(
        username: String = "alex", email: String = "alex@example.com", password: String = "correct horse battery"
    ) async throws -> Reply {
        try await send(
            .post, "/api/v1/auth/signup",
            json: #"{"name":"Alex","email":"\#(email)","username":"\#(username)","password":"\#(password)"}"#)
    }

    /// Signs in and returns the reply.
    @discardableResult
    func signIn(_ identifier: String, _ password: String, from address: String = "192.0.2.1") async throws -> Reply {
        try await send(
            .post, "/api/v1/auth/signin", json: #"{"identifier":"\#(identifier)","password":"\#(password)"}"#,
            from: address)
    }
}
