import Foundation

/// The knobs of intent-model training; the defaults were chosen by k-fold evaluation on the corpus.
package struct IntentModelConfiguration: Sendable, Equatable, Codable {
    /// Passes over the training data.
    package var epochs: Int
    /// The AdaGrad base learning rate.
    package var learningRate: Float
    /// The L2 penalty on weights, applied whenever a feature is active.
    package var l2Penalty: Float
    /// The seed of every shuffle and split.
    package var seed: UInt64
    /// How much each feature kind counts.
    package var kindWeights: FeatureKindWeights
    /// The character n-gram lengths.
    package var characterGramLengths: ClosedRange<Int>
    /// Character n-grams seen in fewer training messages than this are dropped.
    package var minimumCharacterGramDocumentFrequency: Int
    /// The share of training data held out to fit the softmax temperature (0 disables calibration).
    package var calibrationShare: Double

    /// Creates a configuration; every parameter defaults to the tuned value.
    package init(
        epochs: Int = 8,
        learningRate: Float = 1,
        l2Penalty: Float = 0.0001,
        seed: UInt64 = 0x5049_5045_5221,
        kindWeights: FeatureKindWeights = FeatureKindWeights(word: 1, bigram: 0.8, characterGram: 0.8, concept: 0.8),
        characterGramLengths: ClosedRange<Int> = UtteranceFeatures.defaultCharacterGramLengths,
        minimumCharacterGramDocumentFrequency: Int = 2,
        calibrationShare: Double = 0.2
    ) {
        self.epochs = epochs
        self.learningRate = learningRate
        self.l2Penalty = l2Penalty
        self.seed = seed
        self.kindWeights = kindWeights
        self.characterGramLengths = characterGramLengths
        self.minimumCharacterGramDocumentFrequency = minimumCharacterGramDocumentFrequency
        self.calibrationShare = calibrationShare
    }

    /// The tuned defaults.
    package static let standard = IntentModelConfiguration()

    /// The smallest number of training messages a feature of the given kind must appear in.
    package func minimumDocumentFrequency(of kind: FeatureKind) -> Int {
        kind == .characterGram ? minimumCharacterGramDocumentFrequency : 1
    }
}
