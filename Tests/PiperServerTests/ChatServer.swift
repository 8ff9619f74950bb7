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

/// The real router over a migrated database with two tenants; requests say who they are with `X-Test-User`
/// (`owner`, `colleague` — a member of the owner's workspace — or `stranger`); without it they are anonymous.
struct ChatServer: Sendable {
    var owner: EngineHarness
    var database: Database
    var stranger: Principal
    var auth: AuthDependencies
    /// Each test user's access token, by label.
    var tokens: [String: String]
    /// Every route of the router, as "METHOD /path/{param}".
    var routes: Set<String>

    static func with(
        _ dialect: Dialect = .sqlite,
        _ body: @escaping @Sendable (ChatServer, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let owner = try await EngineHarness.make(database: database, timeZone: "Europe/Berlin", clock: TestClock())
            let strangerScope = try await Fixtures.makeScope(in: owner.engine.accounts)
            let stranger = Principal(userID: strangerScope.owner, workspaceID: strangerScope.workspace, role: .owner)
            let workspace = try #require(try await owner.engine.accounts.workspace(owner.principal.workspaceID))
            let colleagueScope = try await Fixtures.makeScope(
                in: owner.engine.accounts, workspace: workspace, role: .member)
            let colleague = Principal(
                userID: colleagueScope.owner, workspaceID: colleagueScope.workspace, role: .member)
            let auth = AuthDependencies(
                service: await AuthHarness.service(
                    database, accounts: owner.engine.accounts, clock: owner.engine.clock),
                localPrincipal: nil)
            var tokens: [String: String] = [:]
            for (label, principal) in [("owner", owner.principal), ("stranger", stranger), ("colleague", colleague)] {
                tokens[label] = try await auth.service.beginSession(principal, method: .password).accessToken
            }
            let authenticator = Authenticator(auth)
            let router = buildRouter(
                ServerDependencies(
                    readinessChecks: [], version: "9.9.9",
                    chat: ChatDependencies(
                        engine: owner.engine, pipeline: owner.pipeline,
                        identify: { [tokens] request, context in
                            // X-Test-User stands for that user's real access token, checked the real way.
                            if let label = request.headers[values: HTTPField.Name("X-Test-User")!].first {
                                return try await auth.service.authenticate(bearer: tokens[label] ?? label)
                            }
                            return try await authenticator.authenticate(request, context: context)
                        }),
                    secrets: .sql(database, master: try MasterKey(base64: MasterKey.generateBase64())),
                    audit: .sql(database), auth: auth, usage: UsageRoutesTests.dependencies(database)))
            let routes = router.routes.map { route in
                let path = route.path.description.hasPrefix("/") ? route.path.description : "/" + route.path.description
                return "\(route.method.rawValue) \(path)"
            }
            let server = ChatServer(
                owner: owner, database: database, stranger: stranger, auth: auth, tokens: tokens, routes: Set(routes))
            try await Application(router: router).test(.router) { client in try await body(server, client) }
        }
    }
}

extension TestClientProtocol {
    /// Sends a request as a test user with an optional JSON body and returns status and decoded JSON.
    @discardableResult
    func call(
        _ method: HTTPRequest.Method, _ uri: String, as user: String? = "owner", json: String? = nil
    ) async throws -> (status: HTTPResponse.Status, body: String) {
        var headers: HTTPFields = [:]
        if let user { headers[HTTPField.Name("X-Test-User")!] = user }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(
            uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }
        ) { response in (response.status, String(buffer: response.body)) }
    }
}

/// Reads a JSON body loosely for assertions.
func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}
