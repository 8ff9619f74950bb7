import Foundation

extension SlotText {
    /// Words that open a noun phrase and are left out of slot values.
    static let determiners: Set<String> = [
        "the", "a", "an", "my", "our", "this", "that", "these", "those", "its", "their", "your", "some",
    ]

    /// The positions from `start` up to the first stop word, excluded word or clause end; `nil` when empty.
    func phrase(
        from start: Int,
        stoppingAt stopWords: Set<String>,
        excluding excluded: Set<Int> = []
    ) -> ClosedRange<Int>? {
        guard start >= 0, start < count else { return nil }
        var end = start - 1
        var position = start
        while position < count, !stopWords.contains(words[position].folded), !excluded.contains(position) {
            end = position
            if endsClause[position] { break }
            position += 1
        }
        return end >= start ? start...end : nil
    }

    /// The range without leading determiners; `nil` when nothing is left.
    func droppingDeterminers(_ range: ClosedRange<Int>) -> ClosedRange<Int>? {
        var lower = range.lowerBound
        while lower <= range.upperBound, Self.determiners.contains(words[lower].folded) { lower += 1 }
        return lower <= range.upperBound ? lower...range.upperBound : nil
    }

    /// The range without trailing words from `trailing`; `nil` when nothing is left.
    func droppingTrailing(_ trailing: Set<String>, from range: ClosedRange<Int>) -> ClosedRange<Int>? {
        var upper = range.upperBound
        while upper >= range.lowerBound, trailing.contains(words[upper].folded) { upper -= 1 }
        return upper >= range.lowerBound ? range.lowerBound...upper : nil
    }

    /// The original text of a range of words, with surrounding quotes trimmed.
    func value(of range: ClosedRange<Int>) -> String {
        span(range.lowerBound, through: range.upperBound).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
    }

    /// The positions of words that overlap a range of the original text.
    func positions(overlapping range: Range<String.Index>) -> Set<Int> {
        Set(words.indices.filter { words[$0].range.overlaps(range) })
    }

    /// The text after the first clause break (a colon or spaced dash) that follows `position`, to the end.
    func textAfterBreak(following position: Int = 0) -> ClosedRange<Int>? {
        guard let breakPosition = (max(position, 0)..<count).first(where: { isColonOrDash(after: $0) }),
            breakPosition + 1 < count
        else { return nil }
        return (breakPosition + 1)...(count - 1)
    }

    /// Whether a colon or a spaced dash follows the word at `position`.
    func isColonOrDash(after position: Int) -> Bool {
        let gapEnd = position + 1 < count ? words[position + 1].range.lowerBound : original.endIndex
        let gap = original[words[position].range.upperBound..<gapEnd]
        return gap.contains(":") || gap.contains(" - ") || gap.contains("—") || gap.contains("–")
    }
}
