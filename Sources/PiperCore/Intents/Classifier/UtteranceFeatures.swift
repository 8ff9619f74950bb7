import Foundation

/// The sparse features of one message: token unigrams, bigrams and skip-bigrams, concept features from
/// `ConceptLexicon`, and padded character n-grams of every word.
package struct UtteranceFeatures: Sendable, Equatable {
    /// The character n-gram lengths used unless a caller asks for others.
    package static let defaultCharacterGramLengths: ClosedRange<Int> = 3...5

    /// The message's tokens, placeholders included.
    package let tokens: [UtteranceToken]
    /// Every feature occurrence; a key that occurs twice counts twice.
    package let keys: [FeatureKey]

    /// Normalises, tokenises and extracts the features of raw text.
    package init(text: String, characterGramLengths: ClosedRange<Int> = defaultCharacterGramLengths) {
        self.init(tokens: UtteranceTokenizer.tokens(in: text), characterGramLengths: characterGramLengths)
    }

    /// Extracts the features of tokens already produced.
    package init(tokens: [UtteranceToken], characterGramLengths: ClosedRange<Int> = defaultCharacterGramLengths) {
        self.tokens = tokens
        var keys: [FeatureKey] = []
        keys.reserveCapacity(tokens.count * 16)
        Self.appendTokenKeys(for: tokens, to: &keys)
        Self.appendConceptKeys(for: tokens, to: &keys)
        for token in tokens where !token.isPlaceholder {
            Self.appendCharacterGrams(of: token.surface, lengths: characterGramLengths, to: &keys)
        }
        self.keys = keys
    }

    /// The number of tokens that are ordinary words.
    package var wordCount: Int { tokens.count(where: { !$0.isPlaceholder }) }

    private static let startHash = FeatureHasher.hash("<s>")
    private static let endHash = FeatureHasher.hash("</s>")
    private static let boundary: UInt32 = 0x20
    /// Mixed into the second hash of a skip-bigram ("out _ archive") so it never equals a plain bigram.
    private static let skipMarker: UInt64 = 0x5C1F_B16A_0000_0001

    private static func appendTokenKeys(for tokens: [UtteranceToken], to keys: inout [FeatureKey]) {
        guard !tokens.isEmpty else { return }
        var previousHash = startHash
        var skippedHash = startHash
        for token in tokens {
            let tokenHash = FeatureHasher.hash(token.featureText)
            keys.append(FeatureKey(kind: .word, hash: tokenHash))
            keys.append(bigramKey(previousHash, tokenHash))
            keys.append(bigramKey(skippedHash, tokenHash ^ skipMarker))
            skippedHash = previousHash
            previousHash = tokenHash
        }
        keys.append(bigramKey(previousHash, endHash))
    }

    private static func appendConceptKeys(for tokens: [UtteranceToken], to keys: inout [FeatureKey]) {
        let texts = tokens.map(\.featureText)
        for start in texts.indices {
            for length in 1...ConceptLexicon.longestPhrase where start + length <= texts.count {
                keys.append(contentsOf: ConceptLexicon.conceptKeys(of: texts[start..<(start + length)]))
            }
        }
    }

    private static func bigramKey(_ first: UInt64, _ second: UInt64) -> FeatureKey {
        var hasher = FeatureHasher()
        hasher.combine(first)
        hasher.combine(second)
        return FeatureKey(kind: .bigram, hash: hasher.finalized)
    }

    private static func appendCharacterGrams(
        of word: String,
        lengths: ClosedRange<Int>,
        to keys: inout [FeatureKey]
    ) {
        var padded: [UInt32] = [boundary]
        padded.append(contentsOf: word.unicodeScalars.map(\.value))
        padded.append(boundary)
        for length in lengths where length <= padded.count {
            for start in 0...(padded.count - length) {
                var hasher = FeatureHasher()
                for offset in start..<(start + length) { hasher.combine(padded[offset]) }
                keys.append(FeatureKey(kind: .characterGram, hash: hasher.finalized))
            }
        }
    }
}
