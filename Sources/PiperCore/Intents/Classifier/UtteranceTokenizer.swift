import Foundation

/// Splits folded text into word tokens and placeholders (`<issue>`, `<repo>`, `<number>`, `<time>`, …).
///
/// It works on arrays of Unicode scalars rather than `String` searches, which go through slow bridging on Linux.
package enum UtteranceTokenizer {
    /// The tokens of text already passed through `TextNormalization.folded`.
    package static func tokens(inFolded text: String) -> [UtteranceToken] {
        var tokens: [UtteranceToken] = []
        for chunk in chunks(of: text) {
            appendTokens(for: chunk, to: &tokens)
        }
        return resolvingContext(of: tokens)
    }

    /// The tokens of raw text: folds it first.
    package static func tokens(in text: String) -> [UtteranceToken] {
        tokens(inFolded: TextNormalization.folded(text))
    }

    /// Runs of letters, digits and joining marks (`# / - _ . : ' @`), with the joining marks trimmed from the ends.
    static func chunks(of text: String) -> [[Unicode.Scalar]] {
        var chunks: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) || isJoiner(scalar) {
                current.append(scalar)
                continue
            }
            if !current.isEmpty {
                appendTrimmed(current, to: &chunks)
                current.removeAll(keepingCapacity: true)
            }
            if isPictograph(scalar) { chunks.append([scalar]) }
        }
        if !current.isEmpty { appendTrimmed(current, to: &chunks) }
        return chunks
    }

    /// Whether a scalar may join the parts of one chunk: `# / - _ . : ' @`.
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "#", "/", "-", "_", ".", ":", "'", "@": true
        default: false
        }
    }

    private static func appendTrimmed(_ chunk: [Unicode.Scalar], to chunks: inout [[Unicode.Scalar]]) {
        var lower = 0
        var upper = chunk.count
        while lower < upper, isJoiner(chunk[lower]), chunk[lower] != "#", chunk[lower] != "@" { lower += 1 }
        while lower < upper, isJoiner(chunk[upper - 1]) { upper -= 1 }
        if lower < upper { chunks.append(Array(chunk[lower..<upper])) }
    }

    /// Whether a scalar is an emoji picture ("👋", "🙏", "✅"), which stands as a word of its own.
    static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2300 && scalar.properties.isEmoji
    }

    /// Whether a scalar is a letter, digit or combining mark.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }
}
