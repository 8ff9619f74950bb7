/// Questions about single tokens, asked by the grammar.
extension TimePhraseReader {
    /// The token at `index`, or nil past either end.
    func token(at index: Int) -> TimeToken? {
        tokens.indices.contains(index) ? tokens[index] : nil
    }

    /// The word at `index`, or nil when the token there is not a word.
    func word(at index: Int) -> String? {
        guard let token = token(at: index), token.kind == .word else { return nil }
        return token.text
    }

    /// True when the token at `index` is the word `word`.
    func isWord(_ word: String, at index: Int) -> Bool {
        self.word(at: index) == word
    }

    /// True when the token at `index` is one of `words`.
    func isWord(in words: Set<String>, at index: Int) -> Bool {
        self.word(at: index).map(words.contains) ?? false
    }

    /// True when the token at `index` is the symbol `symbol`.
    func isSymbol(_ symbol: String, at index: Int) -> Bool {
        guard let token = token(at: index) else { return false }
        return token.kind == .symbol && token.text == symbol
    }

    /// True when the token at `index` is the symbol `symbol` with no space before it.
    func isGluedSymbol(_ symbol: String, at index: Int) -> Bool {
        isSymbol(symbol, at: index) && tokens[index].isGlued
    }

    /// True when there is a token at `index` and white space before it.
    func isSpaced(at index: Int) -> Bool {
        token(at: index)?.isGlued == false
    }

    /// The index after the words `words` when they follow one another from `index`, or nil.
    func indexAfter(words: [String], at index: Int) -> Int? {
        guard words.indices.allSatisfy({ isWord(words[$0], at: index + $0) }) else { return nil }
        return index + words.count
    }

    /// The value of the number at `index` when it has `digits` digits, or nil.
    func number(at index: Int, digits: ClosedRange<Int>) -> Int? {
        guard let token = token(at: index), token.kind == .number, digits.contains(token.text.count) else {
            return nil
        }
        return Int(token.text)
    }

    /// The value of the number at `index` when it has `digits` digits and no space before it, or nil.
    func gluedNumber(at index: Int, digits: ClosedRange<Int>) -> Int? {
        guard token(at: index)?.isGlued == true else { return nil }
        return number(at: index, digits: digits)
    }

    /// True when a phrase may start at `index`: a word or number not glued to what comes before, other than an
    /// opening bracket or quote. "Q3", "#42" and the "2" of "v2.1" may not start a phrase.
    func startsCleanly(at index: Int) -> Bool {
        guard let token = token(at: index), token.kind != .symbol else { return false }
        guard token.isGlued else { return true }
        return Self.openingSymbols.contains(tokens[index - 1].text)
    }

    /// True when a phrase may end just before `index`: nothing follows, or white space, or closing punctuation.
    ///
    /// Punctuation glued to more text ends a phrase only between words ("Monday's", "tomorrow—call"), never
    /// inside a number or before one ("9.5", "12/3", "3%", "2pm-3pm").
    func endsCleanly(at index: Int) -> Bool {
        guard let next = token(at: index), next.isGlued else { return true }
        guard next.kind == .symbol, Self.closingSymbols.contains(next.text) else { return false }
        guard let afterNext = token(at: index + 1), afterNext.isGlued else { return true }
        switch afterNext.kind {
        case .symbol: return true
        case .word: return tokens[index - 1].kind == .word
        case .number: return false
        }
    }

    /// True when the token at `index` looks like a plural noun that a number before it would count ("3 PRs").
    func looksLikeCountedNoun(at index: Int) -> Bool {
        guard let word = word(at: index), word.count >= 3 else { return false }
        return word.hasSuffix("s") && !word.hasSuffix("ss") && !TimeVocabulary.nonPluralWordsEndingInS.contains(word)
    }

    /// Symbols a phrase may be glued to at its start.
    private static let openingSymbols: Set<String> = ["(", "[", "\"", "'", "“", "‘"]

    /// Punctuation a phrase may be glued to at its end.
    private static let closingSymbols: Set<String> = [
        ".", ",", "!", "?", ";", ":", ")", "]", "\"", "'", "”", "’", "…", "-", "–", "—",
    ]
}
