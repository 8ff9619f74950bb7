import Foundation

/// Precision, recall and F1 of one action on held-out messages.
package struct IntentActionScore: Sendable, Equatable, Hashable, Codable {
    /// The action.
    package var action: String
    /// Correct proposals of the action over all proposals of it (0 when never proposed).
    package var precision: Double
    /// Correct proposals of the action over its held-out messages (0 when it has none).
    package var recall: Double
    /// The harmonic mean of precision and recall (0 when both are 0).
    package var f1: Double
    /// How many held-out messages carry the action.
    package var support: Int

    /// Scores an action from its counts.
    package init(action: String, truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        self.action = action
        let proposed = truePositives + falsePositives
        let labelled = truePositives + falseNegatives
        self.precision = proposed == 0 ? 0 : Double(truePositives) / Double(proposed)
        self.recall = labelled == 0 ? 0 : Double(truePositives) / Double(labelled)
        let sum = precision + recall
        self.f1 = sum == 0 ? 0 : 2 * precision * recall / sum
        self.support = labelled
    }
}
