import Foundation

/// How much each feature kind counts in a vector, relative to the others.
package struct FeatureKindWeights: Sendable, Equatable, Codable {
    /// The weight of token unigrams.
    package var word: Float
    /// The weight of token bigrams.
    package var bigram: Float
    /// The weight of character n-grams.
    package var characterGram: Float
    /// The weight of concept features.
    package var concept: Float

    /// Creates weights.
    package init(word: Float, bigram: Float, characterGram: Float, concept: Float) {
        self.word = word
        self.bigram = bigram
        self.characterGram = characterGram
        self.concept = concept
    }

    /// The weight of one kind.
    package func weight(of kind: FeatureKind) -> Float {
        switch kind {
        case .word: word
        case .bigram: bigram
        case .characterGram: characterGram
        case .concept: concept
        }
    }
}
