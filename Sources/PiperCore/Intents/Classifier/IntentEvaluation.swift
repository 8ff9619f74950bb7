import Foundation

/// Held-out quality of the classifier: accuracy, macro-F1, out-of-scope behaviour, slots and confusions.
package struct IntentEvaluation: Sendable, Equatable, Codable {
    /// Messages the model was trained on.
    package var trainingCount: Int
    /// Messages held out and classified.
    package var heldOutCount: Int
    /// The confidence threshold in force.
    package var threshold: Double
    /// Held-out messages classified as their labelled action, over all held-out messages.
    package var accuracy: Double
    /// The mean F1 over every action that was labelled or proposed.
    package var macroF1: Double
    /// Out-of-scope messages answered as out of scope, over out-of-scope messages; `nil` without any.
    package var outOfScopeRecall: Double?
    /// In-scope messages answered as out of scope, over in-scope messages; `nil` without any.
    package var falseOutOfScopeRate: Double?
    /// Slot-labelled messages whose proposed slots equal the labels exactly; `nil` without any.
    package var slotExactMatchRate: Double?
    /// Labelled slot values reproduced exactly, over all labelled slot values; `nil` without any.
    package var slotValueRecall: Double?
    /// Held-out messages that carry slot labels.
    package var slotLabelledCount: Int
    /// Per-action scores, sorted by action.
    package var actionScores: [IntentActionScore]
    /// Misclassifications, most frequent first.
    package var confusions: [IntentConfusion]

    /// Scores proposals against their labels; `proposals[i]` answers `expected[i]`.
    package init(expected: [LabelledUtterance], proposals: [IntentProposal], trainingCount: Int, threshold: Double) {
        let pairs = Array(zip(expected, proposals))
        self.trainingCount = trainingCount
        self.heldOutCount = pairs.count
        self.threshold = threshold
        let correct = pairs.count(where: { $0.0.action == $0.1.action })
        self.accuracy = pairs.isEmpty ? 0 : Double(correct) / Double(pairs.count)
        self.actionScores = Self.actionScores(pairs)
        self.macroF1 = actionScores.isEmpty ? 0 : actionScores.map(\.f1).reduce(0, +) / Double(actionScores.count)
        let outOfScope = DeterministicClassifier.outOfScopeAction
        let outOfScopePairs = pairs.filter { $0.0.action == outOfScope }
        let inScopePairs = pairs.filter { $0.0.action != outOfScope }
        self.outOfScopeRecall = Self.share(of: outOfScopePairs) { $0.1.action == outOfScope }
        self.falseOutOfScopeRate = Self.share(of: inScopePairs) { $0.1.action == outOfScope }
        let slotPairs = pairs.compactMap { pair in pair.0.slots.map { ($0, pair.1.slots) } }
        self.slotLabelledCount = slotPairs.count
        self.slotExactMatchRate = Self.share(of: slotPairs) { $0.0 == $0.1 }
        self.slotValueRecall = Self.slotValueRecall(slotPairs)
        self.confusions = Self.confusions(pairs)
    }

    private static func share<Element>(of elements: [Element], where isCounted: (Element) -> Bool) -> Double? {
        elements.isEmpty ? nil : Double(elements.count(where: isCounted)) / Double(elements.count)
    }

    private static func actionScores(_ pairs: [(LabelledUtterance, IntentProposal)]) -> [IntentActionScore] {
        let actions = Set(pairs.map(\.0.action)).union(pairs.map(\.1.action)).sorted()
        return actions.map { action in
            IntentActionScore(
                action: action,
                truePositives: pairs.count(where: { $0.0.action == action && $0.1.action == action }),
                falsePositives: pairs.count(where: { $0.0.action != action && $0.1.action == action }),
                falseNegatives: pairs.count(where: { $0.0.action == action && $0.1.action != action }))
        }
    }

    private static func slotValueRecall(_ pairs: [(Slots, Slots)]) -> Double? {
        var labelled = 0
        var reproduced = 0
        for (expected, proposed) in pairs {
            for key in Slots.CodingKeys.allCases {
                guard let value = expected.value(for: key) else { continue }
                labelled += 1
                if proposed.value(for: key) == value { reproduced += 1 }
            }
        }
        return labelled == 0 ? nil : Double(reproduced) / Double(labelled)
    }

    private static func confusions(_ pairs: [(LabelledUtterance, IntentProposal)]) -> [IntentConfusion] {
        var counts: [String: [String: Int]] = [:]
        for (expected, proposal) in pairs where expected.action != proposal.action {
            counts[expected.action, default: [:]][proposal.action, default: 0] += 1
        }
        let entries = counts.flatMap { expected, predictions in
            predictions.map { IntentConfusion(expected: expected, predicted: $0.key, count: $0.value) }
        }
        return entries.sorted {
            ($1.count, $0.expected, $0.predicted) < ($0.count, $1.expected, $1.predicted)
        }
    }
}
