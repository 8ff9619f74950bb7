import Foundation

@testable import PiperCore

/// A small labelled corpus and fixed clock shared by the intent tests.
enum IntentTestFixtures {
    /// A fixed instant: Thursday 1 January 2026, 00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)
    /// The zone the tests read times in.
    static let timeZone = TimeZone(identifier: "UTC") ?? .current

    /// Six actions and out-of-scope, eight phrasings each.
    static let utterances: [LabelledUtterance] = [
        (
            "greeting",
            ["hello", "hi there", "good morning piper", "hey", "morning!", "hiya", "hello piper", "hey there"]
        ),
        (
            "thanks",
            [
                "thanks", "thank you so much", "cheers", "thx a lot", "much appreciated", "thanks piper",
                "thank you", "great, thanks",
            ]
        ),
        (
            "create_todo",
            [
                "add a todo to review the roadmap", "todo: email the design team", "add task: call legal",
                "create a todo to book the offsite", "put write the FAQ on my todo list", "new todo: update the spec",
                "add a task to clean the backlog", "add a todo to draft the survey",
            ]
        ),
        (
            "list_todos",
            [
                "show my todos", "list my tasks", "what's on my todo list", "what do I have to do",
                "show open todos", "my todo list please", "list all my todos", "which tasks are open",
            ]
        ),
        (
            "close_issue",
            [
                "close issue 42", "close #17", "please close ticket 9", "close PROJ-12", "shut issue 100",
                "close bug 7", "mark issue 3 as closed", "close #88 as done",
            ]
        ),
        (
            "get_agenda",
            [
                "what's on my calendar tomorrow", "what meetings do I have today", "show my agenda",
                "what's my schedule this week", "any meetings this afternoon", "show my calendar",
                "what's on my schedule today", "list my meetings tomorrow",
            ]
        ),
        (
            "out_of_scope",
            [
                "what's the weather in Paris", "tell me a joke", "who won the game last night",
                "write a poem about cats", "what's the capital of France", "how do I bake bread", "play some music",
                "book me a flight to Berlin",
            ]
        ),
    ].flatMap { action, texts in texts.map { LabelledUtterance(text: $0, action: action) } }

    /// A classifier trained on `utterances`.
    static let classifier = DeterministicClassifier(trainingOn: utterances)
}
