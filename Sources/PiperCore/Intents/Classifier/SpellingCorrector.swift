import Foundation

/// Corrects a word the training data never saw to a known word one edit away (insertion, deletion,
/// substitution or swap of neighbours): "clsoe" → "close", "mielstones" → "milestones".
///
/// Lookups use a deletion index (the SymSpell idea): every known word is stored under itself and under each
/// of its one-character deletions, so candidates are found with a handful of dictionary probes.
package struct SpellingCorrector: Sendable {
    /// Words shorter than this are never corrected: short words are too often other real words.
    package static let minimumLength = 4

    private let frequencies: [String: Int]
    private let wordsByVariant: [String: [String]]

    /// Indexes known words with how often each was seen.
    package init(wordFrequencies: [String: Int]) {
        self.frequencies = wordFrequencies
        var index: [String: [String]] = [:]
        for word in wordFrequencies.keys.sorted() where word.unicodeScalars.count >= Self.minimumLength - 1 {
            index[word, default: []].append(word)
            for variant in Self.deletions(of: word) { index[variant, default: []].append(word) }
        }
        self.wordsByVariant = index
    }

    /// Counts the ordinary words of tokenised documents and indexes them.
    package init(documents: [[UtteranceToken]], extraWords: [String] = []) {
        var frequencies: [String: Int] = [:]
        for tokens in documents {
            for token in tokens where token.kind == .word { frequencies[token.surface, default: 0] += 1 }
        }
        for word in extraWords where frequencies[word] == nil { frequencies[word] = 1 }
        self.init(wordFrequencies: frequencies)
    }

    /// Whether the word was seen.
    package func knows(_ word: String) -> Bool { frequencies[word] != nil }

    /// The most frequent known word one edit away from an unknown word; `nil` when the word is known,
    /// short, or has no neighbour. Ties go to the alphabetically first word.
    package func correction(for word: String) -> String? {
        guard !knows(word), word.unicodeScalars.count >= Self.minimumLength,
            word.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
        else { return nil }
        var best: (word: String, frequency: Int)?
        for variant in [word] + Self.deletions(of: word) {
            for candidate in wordsByVariant[variant] ?? [] where Self.isOneEditApart(word, candidate) {
                let frequency = frequencies[candidate] ?? 0
                if let current = best, (current.frequency, candidate) >= (frequency, current.word) { continue }
                best = (candidate, frequency)
            }
        }
        return best?.word
    }

    /// The tokens with unknown words replaced by their corrections.
    package func corrected(_ tokens: [UtteranceToken]) -> [UtteranceToken] {
        tokens.map { token in
            guard token.kind == .word, let correction = correction(for: token.surface) else { return token }
            return UtteranceToken(kind: .word, surface: correction)
        }
    }

    private static func deletions(of word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        return scalars.indices.map { position in
            var shorter = scalars
            shorter.remove(at: position)
            return shorter.joinedScalars
        }
    }

    /// Whether two words differ by exactly one insertion, deletion, substitution or adjacent swap.
    static func isOneEditApart(_ first: String, _ second: String) -> Bool {
        let left = Array(first.unicodeScalars)
        let right = Array(second.unicodeScalars)
        guard left != right, abs(left.count - right.count) <= 1 else { return false }
        let prefix = zip(left, right).prefix { $0 == $1 }.count
        let leftRest = left[prefix...]
        let rightRest = right[prefix...]
        if left.count == right.count {
            if leftRest.dropFirst().elementsEqual(rightRest.dropFirst()) { return true }
            return leftRest.count >= 2 && leftRest.first == rightRest.dropFirst().first
                && rightRest.first == leftRest.dropFirst().first
                && leftRest.dropFirst(2).elementsEqual(rightRest.dropFirst(2))
        }
        return left.count > right.count
            ? leftRest.dropFirst().elementsEqual(rightRest) : rightRest.dropFirst().elementsEqual(leftRest)
    }
}
