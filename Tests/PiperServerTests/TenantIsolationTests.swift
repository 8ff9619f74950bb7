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

/// Walks every protected route with another tenant's credentials — a session and a personal API token —
/// and a same-workspace member's, and proves 404 or 403 everywhere, no data in any body, nothing changed.
@Suite("Tenant isolation over HTTP")
struct TenantIsolationTests {
    static let secret = "quarterly secret plan"

    @Test(
        "another tenant gets 404/403 on every route and sees none of the data",
        arguments: TestDatabase.availableDialects)
    func everyRoute(dialect: Dialect) async throws {
        try await ChatServer.with(dialect) { server, client in
            let ids = try await OwnerData.create(client, server: server)
            let walk = RouteWalk(ids: ids)
            #expect(
                walk.uncovered(server.routes).isEmpty, "routes no tenant test walks: \(walk.uncovered(server.routes))")
            let strangerToken = try await server.auth.service.createAPIToken(
                for: Authentication(principal: server.stranger, credential: .local), name: "stranger",
                permission: .admin,
                days: 1, origin: RequestOrigin(requestID: nil, address: "test")
            ).secret
            for caller in [Caller.user("stranger"), .bearer(strangerToken)] {
                try await walk.expectNothingLeaks(to: caller, client: client)
            }
            try await walk.expectMemberSeesNoOwnerData(client: client)
            let erased = try await client.call(
                .post, "/api/v1/me/erase", as: "stranger", json: #"{"confirm":"erase my data"}"#)
            #expect(erased.status == .noContent)
            try await ids.expectUnchanged(client)
        }
    }
}

/// Who calls: a test user (their real session token) or a raw bearer token.
enum Caller {
    case user(String)
    case bearer(String)
}

extension TestClientProtocol {
    /// Sends a request as `caller`.
    func call(
        _ method: HTTPRequest.Method, _ uri: String, by caller: Caller, json: String? = nil
    ) async throws -> (status: HTTPResponse.Status, body: String) {
        switch caller {
        case .user(let label):
            return try await call(method, uri, as: label, json: json)
        case .bearer(let token):
            var headers: HTTPFields = [.authorization: "Bearer \(token)"]
            if json != nil { headers[.contentType] = "application/json" }
            return try await execute(
                uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }
            ) { response in (response.status, String(buffer: response.body)) }
        }
    }
}
