import Foundation

/// Turns a message into an intent; the deterministic model first, a language model later as a fallback.
package struct IntentClassifier: Sendable {
    /// Classifies one message at a moment in the user's time zone.
    package var classify: @Sendable (_ text: String, _ context: ClassificationContext) async throws -> Intent

    /// Creates a classifier from its endpoint.
    package init(
        classify: @escaping @Sendable (_ text: String, _ context: ClassificationContext) async throws -> Intent
    ) {
        self.classify = classify
    }

    /// Asks `fallback` when this classifier's confidence is below `threshold` or it answered out of scope;
    /// keeps this classifier's answer when the fallback fails or is no more confident.
    package func withFallback(_ fallback: IntentClassifier, below threshold: Double) -> IntentClassifier {
        IntentClassifier { text, context in
            let first = try await classify(text, context)
            guard first.confidence < threshold || first.action == .outOfScope else { return first }
            guard let second = try? await fallback.classify(text, context) else { return first }
            return second.confidence > first.confidence || first.action == .outOfScope ? second : first
        }
    }
}

/// The moment and place a message is classified in, so times like "tomorrow" resolve correctly.
package struct ClassificationContext: Hashable, Sendable {
    /// Now.
    package var now: Date
    /// The user's time zone.
    package var timeZone: TimeZone
    /// Whose message it is, for a language-model fallback's accounting; `nil` outside a turn.
    package var attribution: ModelAttribution?

    /// Creates a context.
    package init(now: Date, timeZone: TimeZone, attribution: ModelAttribution? = nil) {
        self.now = now
        self.timeZone = timeZone
        self.attribution = attribution
    }
}
