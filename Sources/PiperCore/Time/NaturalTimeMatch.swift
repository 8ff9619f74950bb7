import Foundation

/// A time phrase found in a message and the moment it names.
package struct NaturalTimeMatch: Sendable, Equatable {
    /// The phrase as written, e.g. "tomorrow at 9".
    package var phrase: String
    /// Where the phrase sits in the text it was found in.
    package var range: Range<String.Index>
    /// The moment the phrase names.
    package var date: Date
    /// False when the phrase named no time of day and the parser's default hour was used ("next Monday").
    package var hasExplicitTimeOfDay: Bool

    /// Creates a match from its parts.
    package init(phrase: String, range: Range<String.Index>, date: Date, hasExplicitTimeOfDay: Bool) {
        self.phrase = phrase
        self.range = range
        self.date = date
        self.hasExplicitTimeOfDay = hasExplicitTimeOfDay
    }
}
