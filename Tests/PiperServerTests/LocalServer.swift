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

/// The real router in the embedded single-user mode, served over HTTP on loopback: requests without
/// credentials act as the local owner, exactly as `piper serve` on SQLite answers a browser on the same machine.
struct LocalServer: Sendable {
    var harness: EngineHarness
    var auth: AuthDependencies
    var database: Database

    static func with(
        _ dialect: Dialect = .sqlite, site: SitePolicy = .loopback,
        _ body: @escaping @Sendable (LocalServer, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let harness = try await EngineHarness.make(
                database: database, timeZone: "Europe/Berlin", clock: TestClock())
            let principal = harness.principal
            let auth = AuthDependencies(
                service: await AuthHarness.service(
                    database, accounts: harness.engine.accounts, clock: harness.engine.clock),
                localPrincipal: { principal })
            let authenticator = Authenticator(auth)
            let router = buildRouter(
                ServerDependencies(
                    readinessChecks: [DependencyCheck(name: "database") {}], version: "9.9.9",
                    chat: ChatDependencies(
                        engine: harness.engine, pipeline: harness.pipeline,
                        identify: { request, context in try await authenticator.authenticate(request, context: context)
                        }),
                    secrets: .sql(database, master: try MasterKey(base64: MasterKey.generateBase64())),
                    audit: .sql(database), auth: auth, site: site))
            let server = LocalServer(harness: harness, auth: auth, database: database)
            try await Application(router: router).test(.ahc(.http)) { client in try await body(server, client) }
        }
    }

    /// The owner's todo titles, read straight from the store.
    func todoTitles() async throws -> [String] {
        try await harness.engine.todos.list(harness.principal.scope, Set(Todo.Status.allCases)).map(\.title)
    }
}

/// How a browser dresses a request: its headers, as a real one sends them.
struct BrowserRequest: Sendable {
    var host = "localhost:8080"
    var origin: String?
    var fetchSite: String?
    var contentType: String? = "application/json"
    var cookie: String?

    /// A page on another site submitting a `<form enctype="text/plain">` whose text is valid JSON.
    static let crossSiteForm = BrowserRequest(
        origin: "http://attacker.example", fetchSite: "cross-site", contentType: "text/plain")
    /// Piper's own page calling its API with `fetch`.
    static let sameOrigin = BrowserRequest(origin: "http://localhost:8080", fetchSite: "same-origin")

    var headers: HTTPFields {
        var fields: HTTPFields = [HTTPField.Name("Host")!: host]
        if let origin { fields[.origin] = origin }
        if let fetchSite { fields[HTTPField.Name("Sec-Fetch-Site")!] = fetchSite }
        if let contentType { fields[.contentType] = contentType }
        if let cookie { fields[.cookie] = cookie }
        return fields
    }
}

extension TestClientProtocol {
    /// Sends a request as `browser` would, to the host it names.
    @discardableResult
    func browse(
        _ method: HTTPRequest.Method, _ path: String, as browser: BrowserRequest, body: String? = nil
    ) async throws -> Reply {
        try await execute(
            uri: path, method: method, headers: browser.headers, body: body.map { ByteBuffer(string: $0) }
        ) {
            Reply(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
        }
    }
}
