import Foundation

extension IntentClassifier {
    /// The deterministic classifier: a trained model, its threshold and the slot extractors.
    package static func deterministic(_ classifier: DeterministicClassifier) -> IntentClassifier {
        IntentClassifier { text, context in
            let proposal = classifier.classify(text, now: context.now, timeZone: context.timeZone)
            return Intent(
                action: ActionName(rawValue: proposal.action) ?? .outOfScope, confidence: proposal.confidence,
                slots: proposal.slots, decidedBy: "classifier")
        }
    }

    /// The deterministic classifier trained on the corpus compiled into Piper.
    package static var bundled: IntentClassifier { .deterministic(.bundled) }
}

extension DeterministicClassifier {
    /// The classifier trained once per process on the corpus compiled into Piper.
    package static let bundled: DeterministicClassifier = {
        do {
            return try DeterministicClassifier(corpusJSONL: IntentCorpus.bundledText)
        } catch {
            preconditionFailure("the bundled intent corpus does not parse: \(error)")
        }
    }()
}

extension IntentCorpus {
    /// The labelled corpus compiled into Piper from `Resources/intent-corpus.jsonl`.
    package static var bundledText: String { EmbeddedFiles.intentCorpusJSONL }
}
