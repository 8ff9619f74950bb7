import Foundation
import Testing

@testable import PiperCore

@Suite("Deterministic classifier")
struct DeterministicClassifierTests {
    private let classifier = IntentTestFixtures.classifier

    private func classify(_ text: String, with classifier: DeterministicClassifier? = nil) -> IntentProposal {
        (classifier ?? self.classifier).classify(
            text, now: IntentTestFixtures.now, timeZone: IntentTestFixtures.timeZone)
    }

    @Test("familiar requests get their action, slots and three ranked alternatives")
    func classifiesRequests() {
        let proposal = classify("close issue 31 please")
        #expect(proposal.action == "close_issue")
        #expect(proposal.decision == .matched)
        #expect(proposal.confidence >= DeterministicClassifier.defaultThreshold)
        #expect(proposal.slots.issueNumber == 31)
        #expect(proposal.alternatives.count == 3)
        #expect(proposal.alternatives.first?.action == "close_issue")
        #expect(proposal.alternatives.map(\.confidence) == proposal.alternatives.map(\.confidence).sorted(by: >))
    }

    @Test("a typo still reaches the right action")
    func typo() {
        #expect(classify("shwo my todos").action == "list_todos")
    }

    @Test("empty and punctuation-only messages are out of scope", arguments: ["", "   ", "?!", "..."])
    func emptyText(text: String) {
        let proposal = classify(text)
        #expect(proposal.action == DeterministicClassifier.outOfScopeAction)
        #expect(proposal.decision == .emptyText)
        #expect(proposal.slots.isEmpty)
    }

    @Test("gibberish is out of scope", arguments: ["qwxz vbnkj plmtr", "zzzzzzzz", "xkcdq wpfgh"])
    func gibberish(text: String) {
        let proposal = classify(text)
        #expect(proposal.isOutOfScope)
        #expect(proposal.decision != .matched)
    }

    @Test("an out-of-scope label wins as itself")
    func outOfScopeLabel() {
        let proposal = classify("tell me a joke about the weather")
        #expect(proposal.action == "out_of_scope")
        #expect(proposal.decision == .outOfScopeLabel)
    }

    @Test("confidence below the threshold falls back to out of scope, keeping the alternatives")
    func threshold() {
        let strict = DeterministicClassifier(model: classifier.model, threshold: 1.01)
        let proposal = classify("list my todos", with: strict)
        #expect(proposal.action == "out_of_scope")
        #expect(proposal.decision == .belowThreshold)
        #expect(proposal.alternatives.first?.action == "list_todos")
        let lenient = DeterministicClassifier(model: classifier.model, threshold: 0)
        #expect(classify("list my todos", with: lenient).action == "list_todos")
    }

    @Test("the label set is the corpus's")
    func labels() {
        #expect(classifier.labels == Set(IntentTestFixtures.utterances.map(\.action)).sorted())
        #expect((0.35...0.5).contains(DeterministicClassifier.defaultThreshold))
    }

    @Test("a corpus in JSON Lines trains a classifier")
    func fromJSONLines() throws {
        let jsonl = IntentTestFixtures.utterances.map { utterance in
            #"{"text":"\#(utterance.text)","action":"\#(utterance.action)"}"#
        }.joined(separator: "\n")
        let classifier = try DeterministicClassifier(corpusJSONL: jsonl)
        #expect(classify("thanks a lot", with: classifier).action == "thanks")
    }
}
