import Configuration
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PiperApp
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Reminder scheduler in the running application")
struct ReminderSchedulingTests {
    @Test(
        "a due reminder is posted into its conversation by the scheduler service",
        arguments: TestDatabase.availableDialects)
    func firesIntoConversation(dialect: Dialect) async throws {
        try await TestDatabase.withFreshLocation(dialect) { location in
            let reader = try await ConfigSources(
                flags: [
                    "database.url": location.configurationText, "http.port": "0", "reminders.interval": "0.1",
                    "auth.mode": "local",
                ],
                environment: [:]
            ).makeReader()
            let app = try await buildApplication(reader: reader, logger: TestDatabase.logger)
            try await app.testLive { client in
                let json: HTTPFields = [.contentType: "application/json"]
                let conversation = try await client.execute(
                    uri: "/api/v1/conversations", method: .post, headers: json, body: ByteBuffer(string: "{}")
                ) { try JSONDecoder().decode([String: String].self, from: Data(buffer: $0.body))["id"] ?? "" }
                // ISO 8601 here drops the fraction of a second, so a second ahead could already be past.
                let due = Date().addingTimeInterval(4).formatted(.iso8601)
                let created = try await client.execute(
                    uri: "/api/v1/reminders", method: .post, headers: json,
                    body: ByteBuffer(
                        string: #"{"text":"stretch","dueAt":"\#(due)","conversationId":"\#(conversation)"}"#)
                ) { $0.status }
                #expect(created == .created)

                var posted = false
                for _ in 0..<200 where !posted {
                    try await Task.sleep(for: .milliseconds(100))
                    posted = try await client.execute(uri: "/api/v1/conversations/\(conversation)/turns", method: .get)
                    {
                        String(buffer: $0.body).contains("⏰ Reminder: stretch")
                    }
                }
                #expect(posted)
                let fired = try await client.execute(uri: "/api/v1/reminders?status=fired", method: .get) {
                    String(buffer: $0.body)
                }
                #expect(fired.contains("\"stretch\""))
            }
        }
    }
}
