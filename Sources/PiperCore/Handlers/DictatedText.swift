import Foundation

/// Tidies text a user dictated for a title or name: surrounding quotes and punctuation, and filler words.
enum DictatedText {
    /// `text` without surrounding whitespace, quotes and the given punctuation.
    static func trimmed(_ text: String, punctuation: Set<Character> = ["."]) -> String {
        text.trimmingCharacters(
            in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'“”" + String(punctuation))))
    }

    /// `text` with each of `prefixes` removed in turn when it leads (case-insensitively) and is not all there is.
    static func dropping(leading prefixes: [String], from text: String) -> String {
        prefixes.reduce(text) { text, prefix in
            text.lowercased().hasPrefix(prefix) && text.count > prefix.count
                ? String(text.dropFirst(prefix.count)) : text
        }
    }

    /// `text` with each of `suffixes` removed in turn when it trails (case-insensitively) and is not all there is.
    static func dropping(trailing suffixes: [String], from text: String) -> String {
        suffixes.reduce(text) { text, suffix in
            text.lowercased().hasSuffix(suffix) && text.count > suffix.count
                ? String(text.dropLast(suffix.count)) : text
        }
    }
}
