import Foundation
import PiperCore

/// What `piper intent` prints for one message.
package struct IntentReport: Encodable, CustomStringConvertible, Sendable {
    /// The action name.
    package var action: String
    /// Its category from the registry.
    package var category: String
    /// Calibrated confidence, rounded to four places.
    package var confidence: Double
    /// The extracted slots.
    package var slots: Slots

    /// One compact JSON object with sorted keys.
    package var jsonLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// A readable multi-line form.
    package var description: String {
        var lines = ["action:     \(action)", "category:   \(category)", "confidence: \(confidence)"]
        let fields = slots.presentFields
        lines.append(
            "slots:      " + (fields.isEmpty ? "none" : fields.map { "\($0.name)=\($0.value)" }.joined(separator: ", "))
        )
        return lines.joined(separator: "\n")
    }

    /// The utterance in one input line: the `text` of a JSON object, else the line itself.
    package static func utterance(fromLine line: String) -> String {
        struct Line: Decodable { var text: String }
        guard line.hasPrefix("{"), let parsed = try? JSONDecoder().decode(Line.self, from: Data(line.utf8)) else {
            return line
        }
        return parsed.text
    }

    /// The bundled classifier, set up once for many reports.
    package struct Classifier: Sendable {
        private let classifier = DeterministicClassifier.bundled
        private let registry = ActionRegistry.standard
        private let timeZone: TimeZone

        /// Creates the classifier for a time zone.
        package init(timeZone: TimeZone) {
            self.timeZone = timeZone
        }

        /// Classifies one message now.
        package func report(for text: String) -> IntentReport {
            let proposal = classifier.classify(text, now: Date(), timeZone: timeZone)
            let action = ActionName(rawValue: proposal.action) ?? .outOfScope
            return IntentReport(
                action: action.rawValue, category: registry[action].category.rawValue,
                confidence: (proposal.confidence * 10_000).rounded() / 10_000, slots: proposal.slots)
        }
    }
}
