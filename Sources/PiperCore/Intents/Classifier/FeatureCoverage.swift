import Foundation

/// How much of a message the vocabulary knows: the signal for gibberish and unfamiliar text.
package struct FeatureCoverage: Sendable, Equatable, Codable {
    /// Words (not placeholders) in the message.
    package var wordCount: Int
    /// Words the vocabulary knows as whole words.
    package var knownWordCount: Int
    /// Character n-grams in the message.
    package var characterGramCount: Int
    /// Character n-grams the vocabulary knows.
    package var knownCharacterGramCount: Int
    /// Placeholders (issue references, repositories, numbers, times, …) in the message.
    package var placeholderCount: Int

    /// Creates a coverage record.
    package init(
        wordCount: Int = 0,
        knownWordCount: Int = 0,
        characterGramCount: Int = 0,
        knownCharacterGramCount: Int = 0,
        placeholderCount: Int = 0
    ) {
        self.wordCount = wordCount
        self.knownWordCount = knownWordCount
        self.characterGramCount = characterGramCount
        self.knownCharacterGramCount = knownCharacterGramCount
        self.placeholderCount = placeholderCount
    }

    /// The share of character n-grams the vocabulary knows, 0 when there are none.
    package var characterGramShare: Double {
        characterGramCount == 0 ? 0 : Double(knownCharacterGramCount) / Double(characterGramCount)
    }

    /// The share of words the vocabulary knows, 0 when there are none.
    package var wordShare: Double { wordCount == 0 ? 0 : Double(knownWordCount) / Double(wordCount) }
}
