import Foundation

/// One word of a message for slot rules: its folded form and where it sits in the original text.
package struct SlotWord: Sendable, Equatable {
    /// Lowercased, diacritics removed, apostrophes kept: "what's", "acme/web", "#42".
    package var folded: String
    /// The word's range in the straightened original text.
    package var range: Range<String.Index>

    /// Creates a word.
    package init(folded: String, range: Range<String.Index>) {
        self.folded = folded
        self.range = range
    }
}
