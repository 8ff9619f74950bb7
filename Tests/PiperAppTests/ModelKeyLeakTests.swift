import Configuration
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PiperApp
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Model keys stay secret")
struct ModelKeyLeakTests {
    static let key = "sk-live-leak-check-7f3a9c21b84e"

    @Test("A provider that echoes the key in its error: the key reaches no log, reply, usage or readiness answer")
    func rejectedKeyNeverShows() async throws {
        try await ModelProviderDouble.run { double in
            double.defaultReply = .failure(status: 401, message: "Incorrect API key provided: \(Self.key)")
            try await TestDatabase.withFreshLocation(.sqlite) { location in
                let logs = CapturedLogs()
                let reader = try await ConfigSources(
                    flags: [
                        "database.url": location.configurationText, "http.port": "0", "models.providers": "hosted",
                        "models.hosted.base_url": double.baseURL, "models.hosted.model": "tiny",
                        "models.hosted.api_key": Self.key, "log.level": "trace",
                    ], environment: [:]
                ).makeReader()
                let app = try await buildApplication(reader: reader, logger: logs.logger())
                try await app.testLive { client in
                    let answers = try await Self.exercise(client)
                    #expect(answers.contains("refused the API key"))
                    #expect(!answers.contains(Self.key))
                }
                #expect(!logs.records.isEmpty)
                #expect(logs.records.allSatisfy { !$0.fullText.contains(Self.key) })
                let sent = double.requests.first?.headers.first { $0.key.lowercased() == "authorization" }?.value ?? ""
                #expect(sent == "Bearer \(Self.key)")
            }
        }
    }

    /// A strategy turn, the usage report and readiness, concatenated.
    static func exercise(_ client: any TestClientProtocol) async throws -> String {
        let created = try await client.execute(
            uri: "/api/v1/conversations", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: "{}"))
        let id = JSONValue.parse(String(buffer: created.body))?["id"]?.stringValue ?? ""
        let turn = try await client.execute(
            uri: "/api/v1/conversations/\(id)/turns", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"text": "help me explain why we're building offline mode"}"#))
        #expect(turn.status == .created)
        let usage = try await client.execute(uri: "/api/v1/usage", method: .get)
        let ready = try await client.execute(uri: "/health/ready", method: .get)
        return [turn, usage, ready].map { String(buffer: $0.body) }.joined(separator: "\n")
    }
}
