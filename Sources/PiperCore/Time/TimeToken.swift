/// One word, number or punctuation mark of a message, with where it sits in the text.
struct TimeToken: Equatable {
    /// What a token is made of.
    enum Kind: Equatable {
        /// A run of letters, e.g. "tomorrow".
        case word
        /// A run of ASCII digits, e.g. "2026".
        case number
        /// A single character that is neither a letter, a digit nor white space, e.g. ":".
        case symbol
    }

    /// What the token is made of.
    let kind: Kind
    /// The token's characters, lowercased.
    let text: String
    /// Where the token sits in the text.
    let range: Range<String.Index>
    /// True when no white space separates this token from the one before it ("9pm" is "9" then a glued "pm").
    let isGlued: Bool

    /// Splits `text` into words, numbers and symbols.
    static func tokenize(_ text: String) -> [TimeToken] {
        var tokens: [TimeToken] = []
        var index = text.startIndex
        var followsSpace = true
        while index < text.endIndex {
            let kind = Self.kind(of: text[index])
            guard let kind else {
                followsSpace = true
                index = text.index(after: index)
                continue
            }
            let end = kind == .symbol ? text.index(after: index) : endOfRun(of: kind, in: text, from: index)
            let range = index..<end
            let glued = !followsSpace && !tokens.isEmpty
            tokens.append(TimeToken(kind: kind, text: text[range].lowercased(), range: range, isGlued: glued))
            followsSpace = false
            index = end
        }
        return tokens
    }

    /// The kind of token a character belongs to, or nil for white space.
    private static func kind(of character: Character) -> Kind? {
        if character.isWhitespace { return nil }
        if character.isASCII && character.isNumber { return .number }
        if character.isLetter { return .word }
        return .symbol
    }

    /// The end of the run of `kind` characters that starts at `start`.
    private static func endOfRun(of kind: Kind, in text: String, from start: String.Index) -> String.Index {
        var end = start
        while end < text.endIndex && Self.kind(of: text[end]) == kind {
            end = text.index(after: end)
        }
        return end
    }
}
