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
                    "database.url": location.configurationText, "http.port": "0", "reminders.interval": "0.05",
                    "auth.mode": "local",
                ],
                environment: [:]
            ).makeReader()
            let clock = TestClock()
            let (fired, firing) = AsyncStream.makeStream(of: [FiredReminder].self)
            let app = try await buildApplication(
                reader: reader, logger: TestDatabase.logger,
                hooks: ApplicationHooks(clock: clock.generator, remindersFired: { firing.yield($0) }))
            try await app.testLive { client in
                let json: HTTPFields = [.contentType: "application/json"]
                let conversation = try await client.execute(
                    uri: "/api/v1/conversations", method: .post, headers: json, body: ByteBuffer(string: "{}")
                ) { try JSONDecoder().decode([String: String].self, from: Data(buffer: $0.body))["id"] ?? "" }
                let due = clock.now.addingTimeInterval(3600).formatted(.iso8601)
                let created = try await client.execute(
                    uri: "/api/v1/reminders", method: .post, headers: json,
                    body: ByteBuffer(
                        string: #"{"text":"stretch","dueAt":"\#(due)","conversationId":"\#(conversation)"}"#)
                ) { $0.status }
                #expect(created == .created)
                let firedEarly = try await client.execute(uri: "/api/v1/reminders?status=fired", method: .get) {
                    String(buffer: $0.body)
                }
                #expect(!firedEarly.contains("\"stretch\""), "fired an hour early")

                clock.advance(by: 3600)
                let posted = try await withDeadline(seconds: 30) { await fired.first { _ in true } ?? [] }
                #expect(posted.map(\.reminder.text) == ["stretch"])
                let turns = try await client.execute(
                    uri: "/api/v1/conversations/\(conversation)/turns", method: .get
                ) { String(buffer: $0.body) }
                #expect(turns.contains("⏰ Reminder: stretch"))
                let fireds = try await client.execute(uri: "/api/v1/reminders?status=fired", method: .get) {
                    String(buffer: $0.body)
                }
                #expect(fireds.contains("\"stretch\""))
            }
        }
    }
}
