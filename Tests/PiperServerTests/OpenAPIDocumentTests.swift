import Foundation
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperServer
import PiperStorage
import PiperTestSupport
import Testing

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    @Test("describes exactly the routes under /api/v1")
    func matchesRoutes() async throws {
        try await ChatServer.with { server, client in
            let response = try await client.call(.get, "/api/v1/openapi.json", as: nil)
            let document = try jsonObject(response.body)
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(
                paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })

            let router = buildRouter(
                ServerDependencies(
                    readinessChecks: [], version: "test",
                    chat: ChatDependencies(
                        engine: server.owner.engine, pipeline: server.owner.pipeline, identify: { _, _ in nil }),
                    secrets: .sql(server.database, master: try MasterKey(base64: MasterKey.generateBase64())),
                    audit: .sql(server.database), auth: server.auth,
                    usage: UsageRoutesTests.dependencies(server.database)))
            let routed = Set(
                router.routes.map { route in
                    let path =
                        route.path.description.hasPrefix("/") ? route.path.description : "/" + route.path.description
                    return "\(route.method.rawValue) \(path.replacingOccurrences(of: ":id", with: "{id}"))"
                }.filter { $0.contains(" /api/v1/") })
            // Single sign-on routes exist only when a provider is configured, which this router lacks; they are
            // documented all the same, so exactly these two may be documented without being routed.
            let singleSignOn: Set = ["GET /api/v1/auth/oidc/start", "GET /api/v1/auth/oidc/callback"]
            let described = documented.subtracting(singleSignOn.subtracting(routed))
            #expect(
                described == routed,
                "only documented: \(described.subtracting(routed)); only routed: \(routed.subtracting(described))")
        }
    }

    @Test("every operation documents what the cross-site gate may answer, and the audit actions are all named")
    func documentsTheGate() async throws {
        try await ChatServer.with { _, client in
            let document = try jsonObject(try await client.call(.get, "/api/v1/openapi.json", as: nil).body)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            for (path, operations) in paths {
                for (method, value) in operations {
                    let operation = try #require(value as? [String: Any])
                    let responses = try #require(operation["responses"] as? [String: Any])
                    let name = "\(method.uppercased()) \(path)"
                    #expect(responses["421"] != nil, "\(name) can meet an unknown Host")
                    if method != "get" { #expect(responses["403"] != nil, "\(name) can be refused as cross-site") }
                    if operation["requestBody"] != nil { #expect(responses["415"] != nil, "\(name) takes JSON only") }
                }
            }
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let audit = try #require((schemas["AuditEvent"] as? [String: Any])?["properties"] as? [String: Any])
            let actions = try #require((audit["action"] as? [String: Any])?["enum"] as? [String])
            #expect(Set(actions) == Set(AuditEvent.Action.allCases.map(\.rawValue)))
        }
    }
}
