import Foundation

/// Hand-written word families that give the model prior knowledge a small corpus cannot teach:
/// "kill", "scrap" and "trash" all mean *remove*, "thx" and "cheers" mean *thanks*.
///
/// Each word or phrase of a message found here adds a concept feature next to the words themselves, so an
/// unseen synonym still lands on weights learned from its family. The families describe everyday English
/// and product work, not the corpus: they are meant to generalise to phrasings nobody labelled.
package enum ConceptLexicon {
    /// The longest phrase, in tokens, that the lexicon holds.
    package static let longestPhrase = 3

    /// The concept keys of the phrase made of `tokens` (one to three feature texts); single words are also
    /// tried without a plural or verb ending.
    package static func conceptKeys(of tokens: ArraySlice<String>) -> [FeatureKey] {
        guard tokens.count > 1 else { return tokens.first.map(conceptKeys(ofWord:)) ?? [] }
        return keysByPhrase[tokens.joined(separator: " ")] ?? []
    }

    private static func conceptKeys(ofWord word: String) -> [FeatureKey] {
        if let keys = keysByPhrase[word] { return keys }
        for suffix in ["s", "es", "ed", "d", "ing"] where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            if let keys = keysByPhrase[String(word.dropLast(suffix.count))] { return keys }
        }
        return []
    }

    /// The concept names a phrase belongs to, for tests and explanations.
    package static func concepts(of phrase: String) -> [String] {
        let key = normalizedPhrase(phrase)
        return families.keys.sorted().filter { concept in
            words(of: concept).contains(key)
        }
    }

    /// Every single word the families hold, for the spelling corrector's dictionary.
    package static var singleWords: [String] {
        keysByPhrase.keys.filter { !$0.contains(" ") }.sorted()
    }

    /// The key of a concept's feature.
    package static func key(of concept: String) -> FeatureKey {
        FeatureKey(kind: .concept, hash: FeatureHasher.hash("~" + concept))
    }

    private static func words(of concept: String) -> [String] {
        (families[concept] ?? []).map(normalizedPhrase).filter { !$0.isEmpty }
    }

    /// A phrase as the tokenizer would see it: folded, apostrophes dropped, hyphens split.
    private static func normalizedPhrase(_ phrase: String) -> String {
        UtteranceTokenizer.tokens(in: phrase).map(\.featureText).joined(separator: " ")
    }

    private static let keysByPhrase: [String: [FeatureKey]] = {
        var table: [String: [FeatureKey]] = [:]
        for concept in families.keys.sorted() {
            for phrase in words(of: concept) { table[phrase, default: []].append(key(of: concept)) }
        }
        return table
    }()
}
