/// A handler's answer: words, structured blocks, the sources it used and what it changed.
package struct Reply: Hashable, Sendable {
    /// What Piper says.
    package var text: String
    /// Lists, confirmations, citations.
    package var blocks: [ReplyBlock]
    /// The sources consulted.
    package var provenance: [ProvenanceEntry]
    /// What was created, changed or shown, for the session ledger.
    package var activity: [Activity]

    /// Creates a reply.
    package init(
        _ text: String, blocks: [ReplyBlock] = [], provenance: [ProvenanceEntry] = [], activity: [Activity] = []
    ) {
        self.text = text
        self.blocks = blocks
        self.provenance = provenance
        self.activity = activity
    }

    /// One ledger event a handler reports.
    package struct Activity: Hashable, Sendable {
        /// What happened.
        package var event: LedgerEntry.Event
        /// To what kind of thing.
        package var kind: LedgerEntry.SubjectKind
        /// Its identifier.
        package var subjectID: String
        /// Its label.
        package var label: String

        /// Creates an activity.
        package init(_ event: LedgerEntry.Event, _ kind: LedgerEntry.SubjectKind, id subjectID: String, label: String) {
            self.event = event
            self.kind = kind
            self.subjectID = subjectID
            self.label = label
        }
    }
}
