/// Something earlier in the session a message points at with "it", "that" or "the last one".
package struct Reference: Hashable, Sendable {
    /// What kind of thing it is.
    package var kind: LedgerEntry.SubjectKind
    /// Its identifier, as text.
    package var subjectID: String
    /// Its readable label.
    package var label: String

    /// Creates a reference.
    package init(kind: LedgerEntry.SubjectKind, subjectID: String, label: String) {
        self.kind = kind
        self.subjectID = subjectID
        self.label = label
    }
}
