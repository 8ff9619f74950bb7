import Foundation

extension IntentClassifier {
    /// The deterministic classifier: a trained model, its threshold and the slot extractors.
    package static func deterministic(_ classifier: DeterministicClassifier) -> IntentClassifier {
        deterministic { classifier }
    }

    /// The deterministic classifier trained on the corpus compiled into Piper. Training starts on first use
    /// (or on ``BundledClassifier/warmUp()``) and runs once per process; callers await it without blocking
    /// a thread.
    package static var bundled: IntentClassifier {
        deterministic { await BundledClassifier.shared.value() }
    }

    private static func deterministic(
        _ classifier: @escaping @Sendable () async -> DeterministicClassifier
    ) -> IntentClassifier {
        IntentClassifier { text, context in
            let proposal = await classifier().classify(text, now: context.now, timeZone: context.timeZone)
            return Intent(
                action: ActionName(rawValue: proposal.action) ?? .outOfScope, confidence: proposal.confidence,
                slots: proposal.slots, decidedBy: "classifier")
        }
    }
}

extension DeterministicClassifier {
    /// The classifier trained on the corpus compiled into Piper (trains synchronously on first use; async
    /// callers should use ``BundledClassifier``).
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
