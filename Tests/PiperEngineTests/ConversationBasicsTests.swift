import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Conversation basics through the turn pipeline")
struct ConversationBasicsTests {
    /// Friday 2026-11-27 08:30 in Berlin.
    static let earlyMorning = Date(timeIntervalSince1970: 1_795_764_600)

    @Test("greets by time of day and mentions what is pending", arguments: TestDatabase.availableDialects)
    func greeting(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect, clock: TestClock(Self.earlyMorning)) { piper in
            try await piper.say("add a todo to review the Q3 roadmap")
            try await piper.engine.preferences.saveContext(
                piper.scope, PersonalContext(role: "PM", focus: "checkout", priorities: ["Ship the checkout revamp"]))
            let hello = try await piper.say("good morning Piper")
            #expect(hello.text.hasPrefix("Good morning, Alex."))
            #expect(hello.text.contains("1 open todo"))
            #expect(hello.text.contains("Ship the checkout revamp"))
        }
    }

    @Test("answers identity, capabilities and the time", arguments: TestDatabase.availableDialects)
    func basics(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect, clock: TestClock(Self.earlyMorning)) { piper in
            #expect(try await piper.say("who are you?").text.hasPrefix("I'm Piper Morgan"))
            let capabilities = try await piper.say("what can you help me with?")
            let titles = capabilities.details?.blocks.compactMap { block -> String? in
                if case .list(let title, _) = block { return title }
                return nil
            }
            #expect(titles?.contains("Todos and reminders") == true)
            #expect(titles?.contains("Issues and pull requests") == false)
            let time = try await piper.say("what's today's date?")
            #expect(time.text == "It's 8:30 AM on Friday, November 27, 2026 (Europe/Berlin).")
        }
    }

    @Test(
        "is honest about unconnected capabilities and out-of-scope requests", arguments: TestDatabase.availableDialects)
    func honesty(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            let issue = try await piper.say("show me issue 42")
            #expect(issue.text.contains("connected issue tracker"))
            #expect(issue.text.contains("I haven't done anything"))
            let weather = try await piper.say("what's the weather in Paris?")
            #expect(weather.details?.action == .outOfScope)
            #expect(weather.text.contains("outside what I can help with"))
        }
    }

    @Test("records action, confidence, slots and latency on the turns", arguments: TestDatabase.availableDialects)
    func recording(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            try await piper.say("add a todo to review the Q3 roadmap")
            let turns = try await piper.engine.conversations.turns(piper.scope, piper.conversationID, 0, 10)
            #expect(turns.map(\.speaker) == [.user, .piper])
            let details = try #require(turns.first?.details)
            #expect(details.action == .createTodo)
            #expect(details.decidedBy == "classifier")
            #expect((details.confidence ?? 0) > 0.5)
            #expect(details.slots.text == "review the Q3 roadmap")
            #expect((turns.last?.details?.latencyMilliseconds ?? -1) >= 0)
            let conversation = try await piper.engine.conversations.find(piper.scope, piper.conversationID)
            #expect(conversation?.title == "add a todo to review the Q3 roadmap")
        }
    }

    @Test("session activity and provenance describe what happened", arguments: TestDatabase.availableDialects)
    func activityAndProvenance(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            try await piper.say("add a todo to review the Q3 roadmap")
            piper.clock.advance(by: 60)
            try await piper.say("add a project called Mobile Onboarding")
            let activity = try await piper.say("what did we create today?")
            guard case .list(_, let items)? = activity.details?.blocks.first else {
                Issue.record("expected a list, got \(activity.text)")
                return
            }
            #expect(
                items.map(\.text) == ["Created todo “review the Q3 roadmap”", "Created project “Mobile Onboarding”"])

            let focus = try await piper.say("what should I work on first today?")
            #expect(focus.text.contains("review the Q3 roadmap"))
            let why = try await piper.say("why did you suggest that?")
            guard case .citations(let citations)? = why.details?.blocks.first else {
                Issue.record("expected citations, got \(why.text)")
                return
            }
            #expect(citations.contains("Your todos: 1 open todo"))
        }
    }

    @Test("rejects empty and oversized messages without recording them", arguments: TestDatabase.availableDialects)
    func invalidMessages(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            await #expect(throws: TurnError.emptyMessage) { try await piper.say("   ") }
            await #expect(throws: TurnError.messageTooLong(limit: 4_000)) {
                try await piper.say(String(repeating: "a", count: 4_001))
            }
            let checked100 = try await piper.engine.conversations.turns(piper.scope, piper.conversationID, 0, 10)
                .isEmpty
            #expect(checked100)
        }
    }
}
