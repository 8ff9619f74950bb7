import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperTestSupport
import Testing

/// One of everything the owner can have, created over the API, with the IDs the walk targets.
struct OwnerData: Sendable {
    var conversation: String
    var todo: String
    var project: String
    var reminder: String
    var token: String
    var session: String
    var invitation: String
    var colleague: String
    var owner: String

    static func create(_ client: some TestClientProtocol, server: ChatServer) async throws -> OwnerData {
        let secret = TenantIsolationTests.secret
        func id(_ method: HTTPRequest.Method, _ uri: String, _ json: String, key: String = "id") async throws -> String
        {
            let body = try jsonObject(try await client.call(method, uri, json: json).body)
            return try #require(body[key] as? String, "\(uri) gave no \(key)")
        }
        let conversation = try await id(.post, "/api/v1/conversations", #"{"title":"\#(secret)"}"#)
        try await client.call(
            .post, "/api/v1/conversations/\(conversation)/turns", json: #"{"text":"add a todo to \#(secret)"}"#)
        try await client.call(.put, "/api/v1/context", json: #"{"role":"\#(secret)"}"#)
        try await client.call(.put, "/api/v1/secrets/quarterly-secret-plan", json: #"{"value":"tok-\#(secret)"}"#)
        let token = try #require(
            try jsonObject(
                try await client.call(.post, "/api/v1/tokens", json: #"{"name":"\#(secret)","permission":"read"}"#).body
            )["token"] as? [String: Any])
        let invitation = try #require(
            try jsonObject(
                try await client.call(
                    .post, "/api/v1/workspace/invitations",
                    json: #"{"email":"secret.plan@example.com","role":"member"}"#
                ).body)["invitation"] as? [String: Any])
        let sessions = try jsonObject(try await client.call(.get, "/api/v1/auth/sessions").body)
        let session = try #require((sessions["sessions"] as? [[String: Any]])?.first?["id"] as? String)
        let members = try #require(
            try jsonObject(try await client.call(.get, "/api/v1/workspace/members").body)["members"] as? [[String: Any]]
        )
        let owner = server.owner.principal.userID.description
        return OwnerData(
            conversation: conversation, todo: try await id(.post, "/api/v1/todos", #"{"title":"\#(secret)"}"#),
            project: try await id(.post, "/api/v1/projects", #"{"name":"\#(secret)"}"#),
            reminder: try await id(.post, "/api/v1/reminders", #"{"text":"\#(secret)","when":"in 2 hours"}"#),
            token: try #require(token["id"] as? String), session: session,
            invitation: try #require(invitation["id"] as? String),
            colleague: try #require(members.compactMap { $0["userId"] as? String }.first { $0 != owner }), owner: owner)
    }

    /// The owner still has everything, unchanged.
    func expectUnchanged(_ client: some TestClientProtocol) async throws {
        let turns = try jsonObject(try await client.call(.get, "/api/v1/conversations/\(conversation)/turns").body)
        #expect((turns["turns"] as? [Any])?.count == 2)
        #expect(
            try jsonObject(try await client.call(.get, "/api/v1/todos/\(todo)").body)["status"] as? String == "open")
        let project = try jsonObject(try await client.call(.get, "/api/v1/projects/\(project)").body)
        #expect(project["repositories"] as? [String] == [] && project["status"] as? String == "active")
        #expect(try await client.call(.get, "/api/v1/secrets").body.contains("quarterly-secret-plan"))
        #expect(try await client.call(.get, "/api/v1/tokens").body.contains(#""revokedAt""#) == false)
        let invitations = try await client.call(.get, "/api/v1/workspace/invitations").body
        #expect(invitations.contains(#""status":"open""#))
        let members = try await client.call(.get, "/api/v1/workspace/members").body
        #expect(members.contains(colleague) && members.contains(#""role":"member""#))
        #expect(try await client.call(.get, "/api/v1/auth/sessions").body.contains(session))
    }
}

/// The walk: every protected route with the owner's IDs, and the statuses an outsider must get.
struct RouteWalk: Sendable {
    var ids: OwnerData

    /// Requests aimed at the owner's things: an outsider must get 404 (or 403 for admin-only routes).
    var targeted: [(HTTPRequest.Method, String, String?)] {
        [
            (.get, "/api/v1/conversations/\(ids.conversation)", nil),
            (.patch, "/api/v1/conversations/\(ids.conversation)", #"{"title":"mine now"}"#),
            (.get, "/api/v1/conversations/\(ids.conversation)/turns", nil),
            (.post, "/api/v1/conversations/\(ids.conversation)/turns", #"{"text":"show my todos"}"#),
            (.delete, "/api/v1/conversations/\(ids.conversation)", nil),
            (.get, "/api/v1/todos/\(ids.todo)", nil),
            (.patch, "/api/v1/todos/\(ids.todo)", #"{"status":"done"}"#),
            (.delete, "/api/v1/todos/\(ids.todo)", nil),
            (.get, "/api/v1/projects/\(ids.project)", nil),
            (.patch, "/api/v1/projects/\(ids.project)", #"{"status":"archived"}"#),
            (.post, "/api/v1/projects/\(ids.project)/repositories", #"{"repository":"evil/repo"}"#),
            (.delete, "/api/v1/projects/\(ids.project)", nil),
            (.delete, "/api/v1/reminders/\(ids.reminder)", nil),
            (.get, "/c/\(ids.conversation)", nil),
            (.delete, "/api/v1/secrets/quarterly-secret-plan", nil),
            (.delete, "/api/v1/tokens/\(ids.token)", nil),
            (.delete, "/api/v1/auth/sessions/\(ids.session)", nil),
            (.patch, "/api/v1/workspace/members/\(ids.colleague)", #"{"role":"admin"}"#),
            (.delete, "/api/v1/workspace/members/\(ids.colleague)", nil),
            (.post, "/api/v1/workspace/members/\(ids.owner)/password-reset", nil),
            (.delete, "/api/v1/workspace/invitations/\(ids.invitation)", nil),
        ]
    }

    /// Requests for "my" lists: an outsider gets their own (empty) view, never the owner's.
    static let lists = [
        "/api/v1/conversations", "/api/v1/todos?status=all", "/api/v1/projects", "/api/v1/reminders?status=all",
        "/api/v1/context", "/api/v1/me", "/api/v1/secrets", "/api/v1/tokens", "/api/v1/auth/sessions",
        "/api/v1/workspace/members", "/api/v1/workspace/invitations", "/api/v1/audit?scope=me",
        "/api/v1/audit?scope=workspace", "/api/v1/me/export", "/api/v1/auth/workspaces", "/",
        "/api/v1/usage?scope=me", "/api/v1/usage?scope=workspace", "/api/v1/usage/limits",
    ]

    /// Routes that act only on the caller's own things or need no sign-in: creating, replacing, signing in.
    static let selfOnly: Set<String> = [
        "POST /api/v1/conversations", "POST /api/v1/todos", "POST /api/v1/projects", "POST /api/v1/reminders",
        "PUT /api/v1/context", "PUT /api/v1/secrets/{name}", "POST /api/v1/tokens",
        "POST /api/v1/workspace/invitations",
        "POST /api/v1/auth/password", "POST /api/v1/me/erase", "POST /api/v1/auth/invitations/accept",
        "POST /api/v1/auth/switch", "GET /api/v1/openapi.json", "GET /health/live",
        "GET /health/ready",
        "GET /assets/app.js", "GET /assets/app.css", "GET /api/v1/auth/status", "POST /api/v1/auth/signup",
        "POST /api/v1/auth/signin", "POST /api/v1/auth/refresh", "POST /api/v1/auth/signout",
        "POST /api/v1/auth/password-reset", "GET /signin", "GET /api/v1/auth/oidc/start",
        "GET /api/v1/auth/oidc/callback", "PUT /api/v1/usage/limits", "DELETE /api/v1/usage/limits",
    ]

    /// Routes of the router that no part of the walk covers.
    func uncovered(_ routes: Set<String>) -> Set<String> {
        let walked = Set(
            targeted.map { "\($0.0.rawValue) \(Self.template($0.1))" }
                + Self.lists.map { "GET \(Self.template($0))" })
        return routes.subtracting(walked).subtracting(Self.selfOnly)
    }

    /// "/api/v1/todos/<uuid>?x" → "/api/v1/todos/{id}", matching the router's templates.
    static func template(_ uri: String) -> String {
        let path = uri.split(separator: "?").first.map(String.init) ?? uri
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
            if UUID(uuidString: String(part)) != nil { return "{id}" }
            return part == "quarterly-secret-plan" ? "{name}" : String(part)
        }
        return parts.joined(separator: "/").isEmpty ? "/" : parts.joined(separator: "/")
    }

    func expectNothingLeaks(to caller: Caller, client: some TestClientProtocol) async throws {
        for (method, uri, body) in targeted {
            let response = try await client.call(method, uri, by: caller, json: body)
            #expect(
                [.notFound, .forbidden].contains(response.status), "\(caller) \(method) \(uri): \(response.status)")
            #expect(!response.body.contains(TenantIsolationTests.secret), "\(method) \(uri) leaked data")
        }
        for uri in Self.lists {
            let response = try await client.call(.get, uri, by: caller)
            #expect(response.status == .ok, "\(caller) GET \(uri) answered \(response.status)")
            for leak in [
                TenantIsolationTests.secret, "quarterly-secret-plan", ids.owner, ids.colleague, "secret.plan@",
            ] {
                #expect(!response.body.contains(leak), "\(caller) GET \(uri) leaked \(leak)")
            }
        }
    }

    /// A member of the same workspace sees none of the owner's own data and may not administer.
    func expectMemberSeesNoOwnerData(client: some TestClientProtocol) async throws {
        let member = Caller.user("colleague")
        for (method, uri, body) in targeted where !uri.contains("/workspace/") {
            let response = try await client.call(method, uri, by: member, json: body)
            #expect(response.status == .notFound, "member \(method) \(uri): \(response.status)")
            #expect(!response.body.contains(TenantIsolationTests.secret))
        }
        for (method, uri, body) in targeted where uri.contains("/workspace/") {
            let response = try await client.call(method, uri, by: member, json: body)
            #expect(response.status == .forbidden, "member \(method) \(uri): \(response.status)")
        }
        for uri in ["/api/v1/workspace/invitations", "/api/v1/audit?scope=workspace", "/api/v1/usage?scope=workspace"] {
            #expect(try await client.call(.get, uri, by: member).status == .forbidden, "member GET \(uri)")
        }
    }
}
