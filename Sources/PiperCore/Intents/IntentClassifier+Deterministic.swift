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

    /// The bundled classifier, asking `fallback`'s language model when it is unsure.
    package static func bundled(fallback: ModelClassifierFallback?) -> IntentClassifier {
        deterministic({ await BundledClassifier.shared.value() }, fallback: fallback)
    }

    /// `classifier`, asking `fallback`'s language model when it is unsure.
    package static func deterministic(
        _ classifier: DeterministicClassifier, fallback: ModelClassifierFallback?
    ) -> IntentClassifier {
        deterministic({ classifier }, fallback: fallback)
    }

    private static func deterministic(
        _ classifier: @escaping @Sendable () async -> DeterministicClassifier, fallback: ModelClassifierFallback? = nil
    ) -> IntentClassifier {
        IntentClassifier { text, context in
            let deterministic = await classifier()
            let proposal = deterministic.classify(text, now: context.now, timeZone: context.timeZone)
            if let fallback, fallback.isUnsure(proposal),
                let action = await fallback.choose(text, proposal: proposal, context: context)
            {
                let slots =
                    action == .outOfScope
                    ? Slots()
                    : deterministic.slotExtractor.slots(
                        in: text, action: action.rawValue, now: context.now, timeZone: context.timeZone)
                return Intent(
                    action: action, confidence: ModelClassifierFallback.modelConfidence, slots: slots,
                    decidedBy: ModelClassifierFallback.decidedBy)
            }
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
