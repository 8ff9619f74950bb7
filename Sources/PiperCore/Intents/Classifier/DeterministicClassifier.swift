import Foundation

/// Classifies a message into one action with the trained model, a confidence threshold and rule-based slots.
package struct DeterministicClassifier: Sendable {
    /// The confidence below which a message is answered as out of scope, chosen by k-fold evaluation.
    package static let defaultThreshold = 0.4
    /// The action for messages that are not Piper's job or not understood.
    package static let outOfScopeAction = "out_of_scope"
    /// With no known word, text whose known character n-gram share is below this is unfamiliar.
    package static let minimumCharacterGramShare = 0.5
    /// How many labels a proposal lists as alternatives.
    package static let alternativeCount = 3

    /// The trained model.
    package let model: IntentModel
    /// The confidence below which a message is answered as out of scope.
    package let threshold: Double
    /// Finds slot values in the message.
    package let slotExtractor: SlotExtractor

    /// Wraps a trained model.
    package init(model: IntentModel, threshold: Double = defaultThreshold, slotExtractor: SlotExtractor = .init()) {
        self.model = model
        self.threshold = threshold
        self.slotExtractor = slotExtractor
    }

    /// Trains a model on labelled utterances and wraps it.
    package init(
        trainingOn utterances: [LabelledUtterance],
        threshold: Double = defaultThreshold,
        configuration: IntentModelConfiguration = .standard
    ) {
        self.init(model: IntentModel.train(on: utterances, configuration: configuration), threshold: threshold)
    }

    /// Parses a JSON Lines corpus, trains on it and wraps the model.
    package init(
        corpusJSONL: String,
        threshold: Double = defaultThreshold,
        configuration: IntentModelConfiguration = .standard
    ) throws {
        let utterances = try IntentCorpus.parse(jsonl: corpusJSONL)
        self.init(trainingOn: utterances, threshold: threshold, configuration: configuration)
    }

    /// The actions the model can answer with: the corpus's labels, sorted.
    package var labels: [String] { model.labels }

    /// Classifies a message; `now` and `timeZone` read time phrases for the `when` slot.
    package func classify(_ text: String, now: Date, timeZone: TimeZone) -> IntentProposal {
        let features = model.features(of: text)
        let prediction = model.prediction(for: features)
        let alternatives = Array(prediction.ranking.prefix(Self.alternativeCount))
        let (decision, confidence) = decide(features: features, prediction: prediction)
        guard decision == .matched, let best = prediction.best else {
            return IntentProposal(
                action: Self.outOfScopeAction, confidence: confidence, slots: Slots(),
                alternatives: alternatives, decision: decision)
        }
        let slots = slotExtractor.slots(in: text, action: best.action, now: now, timeZone: timeZone)
        return IntentProposal(
            action: best.action, confidence: confidence, slots: slots, alternatives: alternatives, decision: decision)
    }

    /// The decision and its confidence: the best label's probability, or for a fallback the probability
    /// that the best in-scope label is wrong.
    private func decide(
        features: UtteranceFeatures,
        prediction: IntentPrediction
    ) -> (IntentProposal.Decision, Double) {
        guard let best = prediction.best, !features.tokens.isEmpty else { return (.emptyText, 1) }
        if best.action == Self.outOfScopeAction { return (.outOfScopeLabel, best.confidence) }
        if isUnfamiliar(prediction.coverage) { return (.unfamiliarText, 1 - best.confidence) }
        if best.confidence < threshold { return (.belowThreshold, 1 - best.confidence) }
        return (.matched, best.confidence)
    }

    private func isUnfamiliar(_ coverage: FeatureCoverage) -> Bool {
        coverage.knownWordCount == 0 && coverage.placeholderCount == 0
            && coverage.characterGramShare < Self.minimumCharacterGramShare
    }
}
