import Foundation
import Testing

@testable import PiperCore

@Suite("Intent evaluation")
struct IntentEvaluationTests {
    private func proposal(_ action: String, slots: Slots = Slots()) -> IntentProposal {
        IntentProposal(action: action, confidence: 0.9, slots: slots, alternatives: [], decision: .matched)
    }

    @Test("accuracy, macro-F1, out-of-scope rates, slots and confusions on a hand-made set")
    func arithmetic() {
        let expected = [
            LabelledUtterance(text: "a1", action: "a", slots: Slots(text: "x")),
            LabelledUtterance(text: "a2", action: "a"),
            LabelledUtterance(text: "b1", action: "b", slots: Slots(issueNumber: 1)),
            LabelledUtterance(text: "b2", action: "b"),
            LabelledUtterance(text: "o1", action: "out_of_scope"),
            LabelledUtterance(text: "o2", action: "out_of_scope"),
        ]
        let proposals = [
            proposal("a", slots: Slots(text: "x")), proposal("b"), proposal("b", slots: Slots(issueNumber: 2)),
            proposal("out_of_scope"), proposal("out_of_scope"), proposal("a"),
        ]
        let evaluation = IntentEvaluation(expected: expected, proposals: proposals, trainingCount: 10, threshold: 0.4)
        #expect(evaluation.heldOutCount == 6)
        #expect(evaluation.trainingCount == 10)
        #expect(abs(evaluation.accuracy - 3.0 / 6.0) < 1e-12)
        // a: P 1/2 R 1/2 F1 1/2; b: P 1/2 R 1/2 F1 1/2; out_of_scope: P 1/2 R 1/2 F1 1/2.
        #expect(abs(evaluation.macroF1 - 0.5) < 1e-12)
        #expect(evaluation.outOfScopeRecall == 0.5)
        #expect(evaluation.falseOutOfScopeRate == 0.25)
        #expect(evaluation.slotLabelledCount == 2)
        #expect(evaluation.slotExactMatchRate == 0.5)
        #expect(evaluation.slotValueRecall == 0.5)
        #expect(evaluation.confusions.map(\.count).reduce(0, +) == 3)
        #expect(evaluation.confusions.first == IntentConfusion(expected: "a", predicted: "b", count: 1))
    }

    @Test("F1 of an action that is never proposed is zero, and confusions sort by count")
    func unevenScores() {
        let expected = ["a", "a", "a", "b"].map { LabelledUtterance(text: $0, action: $0) }
        let proposals = ["b", "b", "a", "b"].map { proposal($0) }
        let evaluation = IntentEvaluation(expected: expected, proposals: proposals, trainingCount: 0, threshold: 0.4)
        let scores = Dictionary(uniqueKeysWithValues: evaluation.actionScores.map { ($0.action, $0) })
        #expect(abs((scores["a"]?.f1 ?? 0) - 0.5) < 1e-12)
        #expect(abs((scores["b"]?.f1 ?? 0) - 0.5) < 1e-12)
        #expect(evaluation.confusions == [IntentConfusion(expected: "a", predicted: "b", count: 2)])
        #expect(evaluation.outOfScopeRecall == nil)
        #expect(evaluation.slotExactMatchRate == nil)
    }

    @Test("a held-out evaluation is deterministic, reportable and encodable")
    func heldOut() throws {
        let first = IntentEvaluation.heldOut(IntentTestFixtures.utterances)
        let second = IntentEvaluation.heldOut(IntentTestFixtures.utterances)
        #expect(first == second)
        #expect(first.trainingCount + first.heldOutCount == IntentTestFixtures.utterances.count)
        #expect(first.heldOutCount == 14)
        #expect(first.formatted().contains("accuracy"))
        let decoded = try JSONDecoder().decode(IntentEvaluation.self, from: JSONEncoder().encode(first))
        #expect(decoded == first)
    }
}
