import Foundation

/// The classifier's answer for one message: the action, its calibrated confidence, slots and runners-up.
package struct IntentProposal: Sendable, Equatable, Codable {
    /// Why the proposal names its action.
    package enum Decision: String, Sendable, Equatable, Codable {
        /// The model's best in-scope label cleared the threshold.
        case matched
        /// The model's best label was `out_of_scope`.
        case outOfScopeLabel
        /// The best label's confidence was below the threshold.
        case belowThreshold
        /// The vocabulary knows almost nothing in the message (gibberish, another language).
        case unfamiliarText
        /// The message has no words at all.
        case emptyText
    }

    /// The action to run; `out_of_scope` when the message is not Piper's job or not understood.
    package var action: String
    /// The calibrated probability that `action` is right.
    package var confidence: Double
    /// The slots found for `action`; empty for `out_of_scope`.
    package var slots: Slots
    /// The model's three most probable labels, best first, whatever the decision.
    package var alternatives: [IntentAlternative]
    /// Why `action` was chosen.
    package var decision: Decision

    /// Creates a proposal.
    package init(
        action: String,
        confidence: Double,
        slots: Slots,
        alternatives: [IntentAlternative],
        decision: Decision
    ) {
        self.action = action
        self.confidence = confidence
        self.slots = slots
        self.alternatives = alternatives
        self.decision = decision
    }

    /// Whether the proposal sends the message to the out-of-scope answer.
    package var isOutOfScope: Bool { action == DeterministicClassifier.outOfScopeAction }
}
