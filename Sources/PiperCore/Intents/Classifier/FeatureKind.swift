import Foundation

/// The families of features, each weighted and normalised on its own before they are combined.
package enum FeatureKind: UInt8, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// A single token: a word or a placeholder.
    case word = 1
    /// Two adjacent tokens, with sentence start and end markers.
    case bigram = 2
    /// Three to five characters inside one word, padded with the word's boundaries.
    case characterGram = 3
    /// A word family from `ConceptLexicon` ("remove", "thank", "calendar").
    case concept = 4
}
