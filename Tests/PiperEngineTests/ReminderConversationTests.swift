import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Reminders through the turn pipeline")
struct ReminderConversationTests {
    /// Friday 2026-11-27 10:00 in Berlin.
    static let morning = Date(timeIntervalSince1970: 1_795_770_000)

    @Test(
        "sets a reminder from natural language and fires it into the conversation",
        arguments: TestDatabase.availableDialects)
    func fires(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect, clock: TestClock(Self.morning)) { piper in
            let reply = try await piper.say("remind me tomorrow at 9 to call Sam")
            #expect(reply.text == "Okay — I'll remind you to call Sam tomorrow at 9:00 AM.")
            let pending = try await piper.engine.reminders.list(piper.scope, [.pending])
            #expect(pending.map(\.text) == ["call Sam"])
            #expect(pending.first?.dueAt == Self.morning.addingTimeInterval(23 * 3600))

            let firing = ReminderFiring(
                reminders: piper.engine.reminders, accounts: piper.engine.accounts, ids: .random,
                clock: piper.clock.generator)
            #expect(try await firing.fireDue().isEmpty)
            piper.clock.advance(by: 23 * 3600)
            let fired = try await firing.fireDue()
            #expect(fired.map(\.reminder.text) == ["call Sam"])
            #expect(fired.first?.turn.conversationID == piper.conversationID)
            #expect(try await firing.fireDue().isEmpty)

            let turns = try await piper.engine.conversations.turns(piper.scope, piper.conversationID, 0, 50)
            #expect(turns.last?.text == "⏰ Reminder: call Sam")
            #expect(turns.last?.speaker == .piper)
            #expect(try await piper.engine.reminders.list(piper.scope, [.pending]).isEmpty)
        }
    }

    @Test("asks for the time when it is missing and takes the answer", arguments: TestDatabase.availableDialects)
    func asksForTime(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect, clock: TestClock(Self.morning)) { piper in
            let asked = try await piper.say("remind me to send the investor update")
            #expect(asked.text.hasPrefix("When should I remind you?"))
            let set = try await piper.say("in 2 hours")
            #expect(set.text == "Okay — I'll remind you to send the investor update today at 12:00 PM.")
            let listed = try await piper.say("what reminders do I have?")
            #expect(
                listed.details?.blocks == [
                    .list(
                        title: "Reminders", items: [ListItem("send the investor update", detail: "today at 12:00 PM")])
                ])
        }
    }

    @Test("words a subject as 'about' and an action as 'to'", arguments: TestDatabase.availableDialects)
    func wording(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect, clock: TestClock(Self.morning)) { piper in
            let reply = try await piper.say("remind me about the board deck tomorrow at 9")
            #expect(reply.text == "Okay — I'll remind you about the board deck tomorrow at 9:00 AM.")
        }
    }

    @Test("understands next Monday", arguments: TestDatabase.availableDialects)
    func nextMonday(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect, clock: TestClock(Self.morning)) { piper in
            let reply = try await piper.say("remind me next Monday to book the offsite venue")
            #expect(reply.text.contains("book the offsite venue"))
            #expect(reply.text.contains("Monday"))
        }
    }
}
