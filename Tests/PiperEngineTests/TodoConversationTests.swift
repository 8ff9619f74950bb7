import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Todos through the turn pipeline")
struct TodoConversationTests {
    @Test(
        "creates, lists, completes and deletes todos with a quoted confirmation",
        arguments: TestDatabase.availableDialects)
    func lifecycle(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            let created = try await piper.say("add a todo to review the Q3 roadmap")
            #expect(created.text.contains("Added todo #1"))
            #expect(created.text.contains("review the Q3 roadmap"))
            try await piper.say("add a todo to rename the billing settings")

            let listed = try await piper.say("show my todos")
            #expect(listed.details?.action == .listTodos)
            #expect(
                listed.details?.blocks.first
                    == .list(
                        title: "Todos",
                        items: [
                            ListItem("#1 review the Q3 roadmap"), ListItem("#2 rename the billing settings"),
                        ]))

            let completed = try await piper.say("mark the roadmap todo as done")
            #expect(completed.text == "Marked #1 “review the Q3 roadmap” as done.")

            let asked = try await piper.say("delete the todo about renaming the billing settings")
            #expect(asked.text.contains("“rename the billing settings”"))
            guard case .confirmation(_, let options)? = asked.details?.blocks.first else {
                Issue.record("expected a confirmation, got \(asked.text)")
                return
            }
            #expect(options.map(\.reply) == ["yes", "no"])
            let stillThere = try await piper.engine.todos.list(piper.scope, [.open])
            #expect(stillThere.map(\.number) == [2])

            let deleted = try await piper.say("yes")
            #expect(deleted.text == "Deleted todo #2 “rename the billing settings”.")
            let remaining = try await piper.engine.todos.list(piper.scope, [.open, .done])
            #expect(remaining.map(\.number) == [1])
        }
    }

    @Test("long prose after a confirmation is not consent", arguments: TestDatabase.availableDialects)
    func proseIsNotConsent(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            try await piper.say("add a todo to review the Q3 roadmap")
            _ = try await piper.say("delete the roadmap todo")
            _ = try await piper.say("yes I suppose, although honestly I would rather talk about the pricing page first")
            #expect(try await piper.engine.todos.list(piper.scope, [.open]).count == 1)
            let late = try await piper.say("yes")
            #expect(!late.text.contains("Deleted"))
            #expect(try await piper.engine.todos.list(piper.scope, [.open]).count == 1)
        }
    }

    @Test("no cancels a pending delete", arguments: TestDatabase.availableDialects)
    func declining(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            try await piper.say("add a todo to review the Q3 roadmap")
            _ = try await piper.say("delete todo 1")
            let reply = try await piper.say("no")
            #expect(reply.text.contains("left everything"))
            #expect(try await piper.engine.todos.list(piper.scope, [.open]).count == 1)
        }
    }

    @Test("completes by number and by reference to the last todo", arguments: TestDatabase.availableDialects)
    func numbersAndReferences(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            try await piper.say("add a todo to call the design agency")
            piper.clock.advance(by: 60)
            try await piper.say("add a todo to draft the launch email")
            let byReference = try await piper.say("mark it as done")
            #expect(byReference.text == "Marked #2 “draft the launch email” as done.")
            let byNumber = try await piper.say("complete todo 1")
            #expect(byNumber.text == "Marked #1 “call the design agency” as done.")
            let open = try await piper.engine.todos.list(piper.scope, [.open])
            #expect(open.isEmpty, "open: \(open.map(\.title)), reply: \(byReference.text)")
        }
    }

    @Test("the next todo is the oldest open one", arguments: TestDatabase.availableDialects)
    func next(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            let empty = try await piper.say("what's my next todo?")
            #expect(empty.text.contains("no open todos"))
            try await piper.say("add a todo to call the design agency")
            try await piper.say("add a todo to draft the launch email")
            let next = try await piper.say("what's my next todo?")
            #expect(next.text == "Next up is #1: “call the design agency” (1 more after it).")
        }
    }

    @Test(
        "asks for a missing title, and a new request is not taken as the answer",
        arguments: TestDatabase.availableDialects)
    func missingTitle(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            let asked = try await piper.say("add a todo")
            #expect(asked.text == "What should the todo say?")
            let answered = try await piper.say("prepare the board deck")
            #expect(answered.text.contains("Added todo #1: “prepare the board deck”"))
            _ = try await piper.say("add a todo")
            let moved = try await piper.say("what reminders do I have?")
            #expect(moved.details?.action == .listReminders)
        }
    }
}
