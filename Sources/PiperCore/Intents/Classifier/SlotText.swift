import Foundation

/// A message split into words that remember their place, so slot values keep the writer's own spelling.
package struct SlotText: Sendable {
    /// The message with straight quotes and plain spaces.
    package let original: String
    /// Its words in order.
    package let words: [SlotWord]
    /// For each word, whether punctuation (`, . ; : ! ? ( ) "` or a spaced dash) separates it from the next.
    package let endsClause: [Bool]

    private static let joiners: Set<Character> = ["#", "/", "-", "_", ".", ":", "'", "@", "&", "+"]
    private static let clausePunctuation: Set<Character> = [
        ",", ".", ";", ":", "!", "?", "(", ")", "\"", "-", "\u{2014}", "\u{2013}",
    ]

    /// Splits a message into words.
    package init(_ text: String) {
        let original = TextNormalization.straightened(text)
        self.original = original
        let words = Self.words(in: original)
        self.words = words
        self.endsClause = words.indices.map { position in
            let gapEnd = position + 1 < words.count ? words[position + 1].range.lowerBound : original.endIndex
            return original[words[position].range.upperBound..<gapEnd].contains { Self.clausePunctuation.contains($0) }
        }
    }

    private static func words(in text: String) -> [SlotWord] {
        var words: [SlotWord] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isPart = character.isLetter || character.isNumber || joiners.contains(character)
            if isPart, start == nil { start = index }
            if !isPart, let wordStart = start {
                appendTrimmed(text, wordStart..<index, to: &words)
                start = nil
            }
            index = text.index(after: index)
        }
        if let wordStart = start { appendTrimmed(text, wordStart..<text.endIndex, to: &words) }
        return words
    }

    private static func appendTrimmed(_ text: String, _ range: Range<String.Index>, to words: inout [SlotWord]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, joiners.contains(text[lower]), text[lower] != "#", text[lower] != "@" {
            lower = text.index(after: lower)
        }
        while lower < upper, joiners.contains(text[text.index(before: upper)]) {
            upper = text.index(before: upper)
        }
        guard lower < upper else { return }
        let word = text[lower..<upper]
        let folded =
            word.utf8.allSatisfy { $0 < 0x80 }
            ? word.lowercased()
            : word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        words.append(SlotWord(folded: folded, range: lower..<upper))
    }

    /// The number of words.
    package var count: Int { words.count }

    /// The folded word at a position, or `nil` past either end.
    package func folded(at position: Int) -> String? {
        words.indices.contains(position) ? words[position].folded : nil
    }

    /// The original text from the start of one word to the end of another, inclusive.
    package func span(_ first: Int, through last: Int) -> String {
        guard first <= last, words.indices.contains(first), words.indices.contains(last) else { return "" }
        return String(original[words[first].range.lowerBound..<words[last].range.upperBound])
    }

    /// The original text of one word.
    package func surface(at position: Int) -> String { String(original[words[position].range]) }

    /// Whether the word at a position starts with an uppercase letter as written.
    package func isCapitalized(at position: Int) -> Bool {
        guard words.indices.contains(position) else { return false }
        return original[words[position].range].first?.isUppercase ?? false
    }

    /// The first position at or after `start` where the words `phrase` appear in sequence.
    package func position(of phrase: [String], from start: Int = 0) -> Int? {
        guard !phrase.isEmpty, start >= 0, words.count - phrase.count >= start else { return nil }
        for position in start...(words.count - phrase.count)
        where phrase.indices.allSatisfy({ words[position + $0].folded == phrase[$0] }) {
            return position
        }
        return nil
    }

    /// The first position at or after `start` whose word is in `candidates`.
    package func position(ofAny candidates: Set<String>, from start: Int = 0) -> Int? {
        guard start < words.count else { return nil }
        return (max(start, 0)..<words.count).first { candidates.contains(words[$0].folded) }
    }

    /// The text inside the first pair of double quotes, or of single quotes that open after a space.
    package var quoted: String? {
        for mark: Character in ["\"", "'"] {
            if let content = Self.quoted(in: original, mark: mark) { return content }
        }
        return nil
    }

    private static func quoted(in text: String, mark: Character) -> String? {
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(of: mark) {
            let isOpening =
                open == text.startIndex || text[text.index(before: open)].isWhitespace
                || text[text.index(before: open)] == ":"
            let afterOpen = text.index(after: open)
            if isOpening, let close = closingQuote(in: text, from: afterOpen, mark: mark) {
                let content = text[afterOpen..<close].trimmingCharacters(in: .whitespaces)
                if !content.isEmpty { return content }
            }
            searchStart = afterOpen
        }
        return nil
    }

    private static func closingQuote(in text: String, from start: String.Index, mark: Character) -> String.Index? {
        var index = start
        while let close = text[index...].firstIndex(of: mark) {
            let next = text.index(after: close)
            if mark == "\"" || next == text.endIndex || !(text[next].isLetter || text[next].isNumber) { return close }
            index = next
        }
        return nil
    }
}
