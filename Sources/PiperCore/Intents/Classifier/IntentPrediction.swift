import Foundation

/// The model's raw answer for one message: every label ranked by probability, and how familiar the text was.
package struct IntentPrediction: Sendable, Equatable {
    /// Every label, most probable first; ties keep label order.
    package let ranking: [IntentAlternative]
    /// How much of the message the vocabulary knows.
    package let coverage: FeatureCoverage

    /// Creates a prediction.
    package init(ranking: [IntentAlternative], coverage: FeatureCoverage) {
        self.ranking = ranking
        self.coverage = coverage
    }

    /// The most probable label, or `nil` when the model has no labels.
    package var best: IntentAlternative? { ranking.first }
}
