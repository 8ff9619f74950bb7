import Foundation
import HTTPTypes
import HummingbirdTesting
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Export and erasure")
struct PersonalDataTests {
    @Test(
        "an export holds the caller's data but no secret value; erasure needs confirmation and is audited",
        arguments: TestDatabase.availableDialects)
    func exportAndErase(dialect: Dialect) async throws {
        try await AuthServer.with(dialect) { server, client in
            let access = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            #expect(
                try await client.send(.post, "/api/v1/todos", json: #"{"title":"ship the beta"}"#, bearer: access)
                    .status == .created)
            #expect(
                try await client.send(
                    .put, "/api/v1/secrets/linear", json: #"{"value":"lin_api_value_123"}"#, bearer: access
                )
                .status == .ok)
            let export = try await client.send(.get, "/api/v1/me/export", bearer: access)
            #expect(export.status == .ok)
            #expect(export.body.contains("ship the beta") && export.body.contains("linear"))
            #expect(!export.body.contains("lin_api_value_123"))
            #expect(export.headers[.contentDisposition]?.contains("attachment") == true)

            let unconfirmed = try await client.send(
                .post, "/api/v1/me/erase", json: #"{"confirm":"yes"}"#, bearer: access)
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(try await client.send(.get, "/api/v1/todos", bearer: access).body.contains("ship the beta"))
            let token = try #require(
                try await client.send(.post, "/api/v1/tokens", json: #"{"name":"cli"}"#, bearer: access).json["secret"]
                    as? String)
            let byToken = try await client.send(
                .post, "/api/v1/me/erase", json: #"{"confirm":"erase my data"}"#, bearer: token)
            #expect(byToken.status == .forbidden)

            let erased = try await client.send(
                .post, "/api/v1/me/erase", json: #"{"confirm":"erase my data"}"#, bearer: access)
            #expect(erased.status == .noContent)
            #expect(try await client.send(.get, "/api/v1/me", bearer: access).status == .unauthorized)
            let again = try #require(
                try await client.signIn("alex", "correct horse battery").json["accessToken"] as? String)
            let todos = try await client.send(.get, "/api/v1/todos?status=all", bearer: again)
            #expect(!todos.body.contains("ship the beta"))
            #expect(try await client.send(.get, "/api/v1/secrets", bearer: again).body.contains("linear") == false)
            #expect(try await client.send(.get, "/api/v1/todos", bearer: token).status == .unauthorized)
            let audit = try await client.send(.get, "/api/v1/audit?scope=me", bearer: again).body
            #expect(audit.contains("data.exported") && audit.contains("data.erased"))
            _ = server
        }
    }
}
