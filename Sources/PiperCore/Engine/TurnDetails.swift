/// What Piper recorded about a turn: the intent, the evidence and how long it took.
package struct TurnDetails: Hashable, Sendable, Codable {
    /// The action the turn was understood as.
    package var action: ActionName?
    /// The classifier's calibrated confidence, when a classifier decided.
    package var confidence: Double?
    /// How the action was decided: `classifier`, `offer` (an answer to Piper's question) or `scheduler`.
    package var decidedBy: String?
    /// The slots the action ran with.
    package var slots: Slots
    /// Structured content of Piper's reply.
    package var blocks: [ReplyBlock]
    /// The sources the reply consulted.
    package var provenance: [ProvenanceEntry]
    /// Time from receiving the message to the recorded reply, in milliseconds.
    package var latencyMilliseconds: Double?

    /// Creates details.
    package init(
        action: ActionName? = nil, confidence: Double? = nil, decidedBy: String? = nil, slots: Slots = Slots(),
        blocks: [ReplyBlock] = [], provenance: [ProvenanceEntry] = [], latencyMilliseconds: Double? = nil
    ) {
        self.action = action
        self.confidence = confidence
        self.decidedBy = decidedBy
        self.slots = slots
        self.blocks = blocks
        self.provenance = provenance
        self.latencyMilliseconds = latencyMilliseconds
    }
}
