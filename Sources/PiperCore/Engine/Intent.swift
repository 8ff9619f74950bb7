/// What Piper understood a message to ask for.
package struct Intent: Hashable, Sendable {
    /// The action.
    package var action: ActionName
    /// Calibrated confidence between 0 and 1.
    package var confidence: Double
    /// Extracted details.
    package var slots: Slots
    /// What decided it: `classifier`, a fallback's name, or `offer` for an answer to Piper's question.
    package var decidedBy: String

    /// Creates an intent.
    package init(action: ActionName, confidence: Double, slots: Slots, decidedBy: String) {
        self.action = action
        self.confidence = confidence
        self.slots = slots
        self.decidedBy = decidedBy
    }
}
