import Foundation
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperServer
import PiperStorage
import PiperTestSupport
import Testing

/// Walks every user-data route with another tenant's identity and proves nothing leaks or changes.
@Suite("Tenant isolation over HTTP")
struct TenantIsolationTests {
    @Test("another tenant gets 404 on every route and sees none of the data", arguments: TestDatabase.availableDialects)
    func everyRoute(dialect: Dialect) async throws {
        try await ChatServer.with(dialect) { server, client in
            let secret = "quarterly secret plan"
            let conversation = try #require(
                try jsonObject(
                    try await client.call(.post, "/api/v1/conversations", json: #"{"title":"\#(secret)"}"#).body)["id"]
                    as? String)
            try await client.call(
                .post, "/api/v1/conversations/\(conversation)/turns", json: #"{"text":"add a todo to \#(secret)"}"#)
            let todo = try #require(
                try jsonObject(try await client.call(.post, "/api/v1/todos", json: #"{"title":"\#(secret)"}"#).body)[
                    "id"] as? String)
            let project = try #require(
                try jsonObject(try await client.call(.post, "/api/v1/projects", json: #"{"name":"\#(secret)"}"#).body)[
                    "id"] as? String)
            let reminder = try #require(
                try jsonObject(
                    try await client.call(
                        .post, "/api/v1/reminders", json: #"{"text":"\#(secret)","when":"in 2 hours"}"#
                    ).body)["id"]
                    as? String)
            try await client.call(.put, "/api/v1/context", json: #"{"role":"\#(secret)"}"#)
            try await client.call(.put, "/api/v1/secrets/quarterly-secret-plan", json: #"{"value":"tok-\#(secret)"}"#)

            let targeted: [(HTTPRequest.Method, String, String?)] = [
                (.get, "/api/v1/conversations/\(conversation)", nil),
                (.patch, "/api/v1/conversations/\(conversation)", #"{"title":"mine now"}"#),
                (.get, "/api/v1/conversations/\(conversation)/turns", nil),
                (.post, "/api/v1/conversations/\(conversation)/turns", #"{"text":"show my todos"}"#),
                (.delete, "/api/v1/conversations/\(conversation)", nil),
                (.get, "/api/v1/todos/\(todo)", nil),
                (.patch, "/api/v1/todos/\(todo)", #"{"status":"done"}"#),
                (.delete, "/api/v1/todos/\(todo)", nil),
                (.get, "/api/v1/projects/\(project)", nil),
                (.patch, "/api/v1/projects/\(project)", #"{"status":"archived"}"#),
                (.post, "/api/v1/projects/\(project)/repositories", #"{"repository":"evil/repo"}"#),
                (.delete, "/api/v1/projects/\(project)", nil),
                (.delete, "/api/v1/reminders/\(reminder)", nil),
                (.get, "/c/\(conversation)", nil),
                (.delete, "/api/v1/secrets/quarterly-secret-plan", nil),
            ]
            for (method, uri, body) in targeted {
                let response = try await client.call(method, uri, as: "stranger", json: body)
                #expect(response.status == .notFound, "\(method) \(uri) answered \(response.status)")
                #expect(!response.body.contains(secret), "\(method) \(uri) leaked data")
            }
            let lists = [
                "/api/v1/conversations", "/api/v1/todos?status=all", "/api/v1/projects", "/api/v1/reminders?status=all",
                "/api/v1/context", "/api/v1/me", "/api/v1/secrets", "/",
            ]
            for uri in lists {
                let response = try await client.call(.get, uri, as: "stranger")
                #expect(response.status == .ok, "GET \(uri) answered \(response.status)")
                #expect(!response.body.contains(secret), "GET \(uri) leaked data")
                #expect(!response.body.contains("quarterly-secret-plan"), "GET \(uri) leaked a secret's name")
            }

            let owner = try await client.call(.get, "/api/v1/conversations/\(conversation)/turns")
            #expect((try jsonObject(owner.body)["turns"] as? [Any])?.count == 2)
            #expect(
                try jsonObject(try await client.call(.get, "/api/v1/todos/\(todo)").body)["status"] as? String == "open"
            )
            #expect(
                try jsonObject(try await client.call(.get, "/api/v1/projects/\(project)").body)["repositories"]
                    as? [String] == [])
            let secrets = try await client.call(.get, "/api/v1/secrets")
            #expect(secrets.body.contains("quarterly-secret-plan"))
            _ = server
        }
    }
}
