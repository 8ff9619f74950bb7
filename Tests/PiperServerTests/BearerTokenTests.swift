import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperAuth
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Bearer tokens over HTTP")
struct BearerTokenTests {
    @Test("tampered, expired and alg-none access tokens get 401 with a JSON error")
    func refusedAccessTokens() async throws {
        try await AuthServer.with { server, client in
            let access = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            let parts = access.split(separator: ".").map(String.init)
            let none = OpaqueToken.base64URL(Data(#"{"alg":"none","typ":"JWT"}"#.utf8)) + ".\(parts[1])."
            var payload = Array(parts[1])
            payload[10] = payload[10] == "A" ? "B" : "A"
            let tampered = [parts[0], String(payload), parts[2]].joined(separator: ".")
            for token in [none, tampered, "garbage", ""] {
                let reply = try await client.send(.get, "/api/v1/me", bearer: token)
                #expect(reply.status == .unauthorized, "\(token)")
                #expect(reply.json.description.contains("invalid_token"))
            }
            server.clock.advance(by: 901)
            #expect(try await client.send(.get, "/api/v1/me", bearer: access).status == .unauthorized)
        }
    }

    @Test("API tokens: read-only may only read, revoked and expired ones stop working, admin routes need admin")
    func apiTokens() async throws {
        try await AuthServer.with { server, client in
            let access = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            func create(_ body: String) async throws -> (id: String, secret: String) {
                let made = try await client.send(.post, "/api/v1/tokens", json: body, bearer: access).json
                let token = try #require(made["token"] as? [String: Any])
                return (try #require(token["id"] as? String), try #require(made["secret"] as? String))
            }
            let reader = try await create(#"{"name":"dashboard","permission":"read","expiresInDays":1}"#)
            let writer = try await create(#"{"name":"cli","permission":"write"}"#)
            #expect(try await client.send(.get, "/api/v1/todos", bearer: reader.secret).status == .ok)
            let refused = try await client.send(.post, "/api/v1/todos", json: #"{"title":"x"}"#, bearer: reader.secret)
            #expect(refused.status == .forbidden && refused.json.description.contains("read_only_token"))
            #expect(
                try await client.send(.post, "/api/v1/todos", json: #"{"title":"x"}"#, bearer: writer.secret).status
                    == .created)
            let invite = try await client.send(
                .post, "/api/v1/workspace/invitations", json: #"{"email":"a@example.com"}"#, bearer: writer.secret)
            #expect(invite.status == .forbidden)
            let escalate = try await client.send(
                .post, "/api/v1/tokens", json: #"{"name":"more","permission":"admin"}"#, bearer: writer.secret)
            #expect(escalate.status == .forbidden)
            let listed = try await client.send(.get, "/api/v1/tokens", bearer: access)
            #expect(!listed.body.contains(reader.secret) && listed.body.contains("lastUsedAt"))
            #expect(try await client.send(.delete, "/api/v1/tokens/\(writer.id)", bearer: access).status == .noContent)
            #expect(try await client.send(.get, "/api/v1/todos", bearer: writer.secret).status == .unauthorized)
            server.clock.advance(by: 86_401)
            #expect(try await client.send(.get, "/api/v1/todos", bearer: reader.secret).status == .unauthorized)
            let tooLong = try await client.send(
                .post, "/api/v1/tokens", json: #"{"name":"x","expiresInDays":400}"#,
                bearer: try #require(
                    try await client.signIn("alex", "correct horse battery").json["accessToken"] as? String))
            #expect(tooLong.status == .unprocessableContent)
        }
    }
}
