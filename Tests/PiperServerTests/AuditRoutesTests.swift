import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperServer
import Testing

@Suite("Audit log routes")
struct AuditRoutesTests {
    @Test("secret changes are audited with the request ID; each user reads their own, admins the workspace's")
    func audit() async throws {
        try await ChatServer.with { _, client in
            let requestID = "audit-check-1234"
            let stored = try await client.execute(
                uri: "/api/v1/secrets/github.token", method: .put,
                headers: [
                    HTTPField.Name("X-Test-User")!: "owner", .contentType: "application/json",
                    HTTPField.Name("X-Request-ID")!: requestID,
                ],
                body: ByteBuffer(string: #"{"value":"ghp_secretvalue"}"#)
            ) { $0.status }
            #expect(stored == .ok)
            try await client.call(.delete, "/api/v1/secrets/github.token")

            let own = try await client.call(.get, "/api/v1/audit")
            let events = try #require(try jsonObject(own.body)["events"] as? [[String: Any]])
            #expect(Set(events.compactMap { $0["action"] as? String }) == ["secret.deleted", "secret.stored"])
            let storedEvent = try #require(events.first { $0["action"] as? String == "secret.stored" })
            #expect(storedEvent["requestId"] as? String == requestID)
            #expect(storedEvent["target"] as? String == "github.token")
            #expect(!own.body.contains("ghp_secretvalue"))

            let workspace = try await client.call(.get, "/api/v1/audit?scope=workspace")
            #expect((try jsonObject(workspace.body)["events"] as? [Any])?.count == 2)
            let colleagueOwn = try await client.call(.get, "/api/v1/audit", as: "colleague")
            #expect((try jsonObject(colleagueOwn.body)["events"] as? [Any])?.isEmpty == true)
            #expect(try await client.call(.get, "/api/v1/audit?scope=workspace", as: "colleague").status == .forbidden)
            let strangerWorkspace = try await client.call(.get, "/api/v1/audit?scope=workspace", as: "stranger")
            #expect((try jsonObject(strangerWorkspace.body)["events"] as? [Any])?.isEmpty == true)
            #expect(try await client.call(.get, "/api/v1/audit?scope=everyone").status == .badRequest)
        }
    }
}
