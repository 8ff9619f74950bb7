import Foundation

/// How often one expected action was classified as another.
package struct IntentConfusion: Sendable, Equatable, Hashable, Codable {
    /// The labelled action.
    package var expected: String
    /// The proposed action.
    package var predicted: String
    /// How many held-out messages went this way.
    package var count: Int

    /// Creates a confusion entry.
    package init(expected: String, predicted: String, count: Int) {
        self.expected = expected
        self.predicted = predicted
        self.count = count
    }
}
