import Foundation

extension IntentEvaluation {
    /// A plain-text report for people: the headline numbers, the weakest actions and the top confusions.
    package func formatted(confusionLimit: Int = 15, weakestActionLimit: Int = 10) -> String {
        let counts = "\(trainingCount) training, \(heldOutCount) held out"
        var lines = [
            "intent evaluation: \(counts), threshold \(Self.number(threshold))",
            "  accuracy              \(Self.percent(accuracy))",
            "  macro-F1              \(Self.percent(macroF1))",
            "  out-of-scope recall   \(Self.percent(outOfScopeRecall))",
            "  false out-of-scope    \(Self.percent(falseOutOfScopeRate))",
            "  slot exact match      \(Self.percent(slotExactMatchRate)) of \(slotLabelledCount) labelled",
            "  slot value recall     \(Self.percent(slotValueRecall))",
        ]
        let weakest = actionScores.filter { $0.f1 < 1 }.sorted { ($0.f1, $0.action) < ($1.f1, $1.action) }
        if !weakest.isEmpty {
            lines.append("weakest actions (F1, precision, recall, support):")
            for score in weakest.prefix(weakestActionLimit) {
                let numbers = [score.f1, score.precision, score.recall].map { Self.percent($0) }.joined(separator: " ")
                lines.append("  \(score.action): \(numbers) n=\(score.support)")
            }
        }
        if !confusions.isEmpty {
            lines.append("confusions (expected -> predicted):")
            for confusion in confusions.prefix(confusionLimit) {
                lines.append("  \(confusion.count)x \(confusion.expected) -> \(confusion.predicted)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func percent(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        return String(format: "%.1f%%", value * 100)
    }

    private static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
