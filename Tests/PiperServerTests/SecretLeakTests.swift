import Foundation
import HTTPTypes
import HummingbirdTesting
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

/// Every password, token, code and secret value that crosses the API, then a search for each of them in
/// the database files and in every log line written meanwhile (at trace level).
@Suite("No plaintext secrets at rest or in logs")
struct SecretLeakTests {
    @Test("the SQLite files and the logs hold no password, token, code or secret value")
    func nothingLeaks() async throws {
        let logs = CapturedLogs()
        try await AuthServer.with(logs: logs) { server, client in
            var plaintexts = ["correct horse battery", "a second fine phrase", "ghp_integrationTokenValue0123456789"]
            let session = try await client.signUpFirst().json
            plaintexts += try ["accessToken", "refreshToken"].map { try #require(session[$0] as? String) }
            let access = try #require(session["accessToken"] as? String)
            let refreshed = try await client.send(
                .post, "/api/v1/auth/refresh", json: #"{"refreshToken":"\#(plaintexts[4])"}"#
            ).json
            plaintexts += try ["accessToken", "refreshToken"].map { try #require(refreshed[$0] as? String) }
            let token = try await client.send(.post, "/api/v1/tokens", json: #"{"name":"cli"}"#, bearer: access).json
            plaintexts.append(try #require(token["secret"] as? String))
            #expect(
                try await client.send(
                    .put, "/api/v1/secrets/github-token", json: #"{"value":"\#(plaintexts[2])"}"#,
                    bearer: plaintexts.last
                ).status == .ok)
            let invitation = try await client.send(
                .post, "/api/v1/workspace/invitations", json: #"{"email":"sam@example.com"}"#, bearer: access
            ).json
            let invitationToken = try #require(invitation["token"] as? String)
            plaintexts.append(invitationToken)
            #expect(try await client.send(.get, "/signin?invitation=\(invitationToken)").status == .ok)
            let joined = try await client.send(
                .post, "/api/v1/auth/signup",
                json:
                    #"{"name":"Sam","email":"sam@example.com","username":"sam","password":"\#(plaintexts[1])","invitation":"\#(invitationToken)"}"#
            ).json
            let sam = try #require(joined["userId"] as? String)
            let reset = try await client.send(.post, "/api/v1/workspace/members/\(sam)/password-reset", bearer: access)
                .json
            plaintexts.append(try #require(reset["code"] as? String))
            #expect(try await client.signIn("sam", "wrong guess of a password").status == .unauthorized)
            plaintexts.append("wrong guess of a password")

            let files = try Self.databaseFiles(server.database)
            #expect(!files.isEmpty)
            for plaintext in plaintexts {
                for (name, bytes) in files {
                    #expect(bytes.range(of: Data(plaintext.utf8)) == nil, "\(name) holds a plaintext secret")
                }
                for record in logs.records {
                    #expect(!record.fullText.contains(plaintext), "a log line holds a secret: \(record.message)")
                }
            }
            #expect(logs.records.count > 5)
        }
    }

    /// The database file and its write-ahead log.
    static func databaseFiles(_ database: Database) throws -> [(String, Data)] {
        guard case .sqlite(let path) = database.location else { return [] }
        return [path, path + "-wal"].compactMap { file in
            FileManager.default.contents(atPath: file).map { (URL(fileURLWithPath: file).lastPathComponent, $0) }
        }
    }
}
