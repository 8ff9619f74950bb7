import Foundation
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperServer
import Testing

@Suite("Secrets API routes")
struct SecretRoutesTests {
    @Test("a secret goes in and never comes back out")
    func writeOnly() async throws {
        try await ChatServer.with { _, client in
            let value = "lin_api_VerySecretValue0987"
            let stored = try await client.call(.put, "/api/v1/secrets/linear.token", json: #"{"value":"\#(value)"}"#)
            #expect(stored.status == .ok)
            #expect(!stored.body.contains(value))
            #expect(try jsonObject(stored.body)["keyVersion"] as? Int == 1)
            let listed = try await client.call(.get, "/api/v1/secrets")
            #expect(listed.body.contains("linear.token"))
            #expect(!listed.body.contains(value))
            #expect(try await client.call(.delete, "/api/v1/secrets/linear.token").status == .noContent)
            #expect(try await client.call(.delete, "/api/v1/secrets/linear.token").status == .notFound)
        }
    }

    @Test(
        "bad names and values are refused",
        arguments: [
            ("/api/v1/secrets/Not%20Allowed", #"{"value":"x"}"#, 422),
            ("/api/v1/secrets/ok.name", #"{"value":""}"#, 422),
            ("/api/v1/secrets/ok.name", #"{"secret":"x"}"#, 400),
        ])
    func refused(uri: String, body: String, status: Int) async throws {
        try await ChatServer.with { _, client in
            let response = try await client.call(.put, uri, json: body)
            #expect(response.status.code == status, "\(response.body)")
            let list = try await client.call(.get, "/api/v1/secrets")
            #expect((try jsonObject(list.body)["secrets"] as? [Any])?.isEmpty == true)
        }
    }
}
