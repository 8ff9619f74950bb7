import Foundation

/// One candidate action with its calibrated probability.
package struct IntentAlternative: Sendable, Equatable, Hashable, Codable {
    /// The action name.
    package var action: String
    /// The calibrated probability that the message means this action.
    package var confidence: Double

    /// Creates a candidate.
    package init(action: String, confidence: Double) {
        self.action = action
        self.confidence = confidence
    }
}
