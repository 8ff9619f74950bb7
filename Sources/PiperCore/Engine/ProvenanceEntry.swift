/// One source an answer consulted, and what came of it; "why did you suggest that" cites these.
package struct ProvenanceEntry: Hashable, Sendable, Codable {
    /// What came of consulting the source.
    package enum Outcome: String, Hashable, Sendable, Codable {
        /// The source contributed to the answer.
        case used
        /// The source was checked and had nothing.
        case empty
        /// The source could not be read.
        case failed
        /// The source was deliberately not consulted, or cannot be reached in this installation.
        case notChecked = "not_checked"
    }

    /// The source, such as "your todos" or "your context document".
    package var source: String
    /// What was taken from it, such as "3 open todos".
    package var detail: String
    /// Used, empty or failed.
    package var outcome: Outcome

    /// Creates an entry.
    package init(source: String, detail: String, outcome: Outcome = .used) {
        self.source = source
        self.detail = detail
        self.outcome = outcome
    }
}
