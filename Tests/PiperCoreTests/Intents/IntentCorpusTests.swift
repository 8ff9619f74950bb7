import Foundation
import Testing

@testable import PiperCore

@Suite("Intent corpus parsing")
struct IntentCorpusTests {
    @Test("reads text, action and typed slots, skipping blank lines")
    func readsLines() throws {
        let jsonl = """
            {"text":"add a todo to review Q3","action":"create_todo","slots":{"text":"review Q3"}}

            {"text":"close #42","action":"close_issue","slots":{"issue_number":42,"tracker":"github"}}
            {"text":"hello","action":"greeting"}
            """
        let utterances = try IntentCorpus.parse(jsonl: jsonl)
        #expect(utterances.count == 3)
        #expect(utterances[0].slots == Slots(text: "review Q3"))
        #expect(utterances[1].slots == Slots(issueNumber: 42, tracker: "github"))
        #expect(utterances[2] == LabelledUtterance(text: "hello", action: "greeting"))
    }

    @Test(
        "names the line of the first invalid line",
        arguments: [
            ("{\"text\":\"hi\",\"action\":\"greeting\"}\nnot json", IntentCorpusError.invalidJSON(line: 2)),
            ("{\"action\":\"greeting\"}", .missingField(line: 1, field: "text")),
            ("{\"text\":\"hi\"}", .missingField(line: 1, field: "action")),
            ("{\"text\":\"  \",\"action\":\"greeting\"}", .emptyText(line: 1)),
            ("\n\n{\"text\":\"hi\",\"action\":\"Greeting!\"}", .invalidAction(line: 3, action: "Greeting!")),
            (
                "{\"text\":\"hi\",\"action\":\"greeting\",\"slots\":{\"colour\":\"red\"}}",
                .unknownSlot(line: 1, slot: "colour")
            ),
            (
                "{\"text\":\"x\",\"action\":\"close_issue\",\"slots\":{\"issue_number\":\"soon\"}}",
                .invalidSlotValue(line: 1, slot: "issue_number")
            ),
            (
                "{\"text\":\"x\",\"action\":\"link_repo\",\"slots\":{\"repo\":7}}",
                .invalidSlotValue(line: 1, slot: "repo")
            ),
        ])
    func namesTheLine(jsonl: String, expected: IntentCorpusError) {
        #expect(throws: expected) { try IntentCorpus.parse(jsonl: jsonl) }
        #expect(expected.description.hasPrefix("line \(expected.lineNumber):"))
    }

    @Test("reads an issue number written as text or as a tracker key")
    func issueNumberAsText() throws {
        let jsonl = """
            {"text":"close PROJ-123","action":"close_issue","slots":{"issue_number":"PROJ-123"}}
            {"text":"close #7","action":"close_issue","slots":{"issue_number":"#7"}}
            """
        let utterances = try IntentCorpus.parse(jsonl: jsonl)
        #expect(utterances.map(\.slots?.issueNumber) == [123, 7])
    }

    @Test("slots encode with snake_case keys and omit absent values")
    func slotsEncoding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(Slots(issueNumber: 42, repo: "acme/web", todoRef: "2"))
        #expect(String(decoding: data, as: UTF8.self) == #"{"issue_number":42,"repo":"acme\/web","todo_ref":"2"}"#)
        #expect(
            try JSONDecoder().decode(Slots.self, from: data) == Slots(issueNumber: 42, repo: "acme/web", todoRef: "2"))
    }
}
