import Foundation

extension IntentModel {
    /// Trains on labelled utterances: fits the temperature on a held-out share, then trains on everything.
    ///
    /// The labels are the sorted distinct actions of `utterances`. Training is deterministic: the same
    /// utterances in the same order and the same configuration give bit-identical models.
    package static func train(
        on utterances: [LabelledUtterance],
        configuration: IntentModelConfiguration = .standard
    ) -> IntentModel {
        let labels = Array(Set(utterances.map(\.action))).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let examples = utterances.map { utterance in
            let tokens = UtteranceTokenizer.tokens(in: utterance.text)
            return TrainingExample(
                tokens: tokens, target: labelIndex[utterance.action] ?? 0,
                features: UtteranceFeatures(tokens: tokens, characterGramLengths: configuration.characterGramLengths))
        }
        let temperature = calibratedTemperature(examples: examples, labels: labels, configuration: configuration)
        return fit(examples, labels: labels, configuration: configuration).withTemperature(temperature)
    }

    /// One tokenised training message, the index of its label and its features (extracted once).
    struct TrainingExample {
        /// The message's tokens, before spelling correction.
        let tokens: [UtteranceToken]
        /// The index of the label in the sorted label list.
        let target: Int
        /// The features of `tokens`.
        let features: UtteranceFeatures
    }

    /// Builds the spelling dictionary and vocabulary from the examples and fits weights, at temperature 1.
    static func fit(
        _ examples: [TrainingExample],
        labels: [String],
        configuration: IntentModelConfiguration
    ) -> IntentModel {
        let corrector = SpellingCorrector(documents: examples.map(\.tokens), extraWords: ConceptLexicon.singleWords)
        let features = examples.map(\.features)
        let vocabulary = FeatureVocabulary(
            documents: features, minimumDocumentFrequency: configuration.minimumDocumentFrequency(of:))
        let vectorizer = FeatureVectorizer(vocabulary: vocabulary, kindWeights: configuration.kindWeights)
        var trainer = SoftmaxTrainer(featureCount: vocabulary.count, labelCount: labels.count)
        trainer.train(
            vectors: features.map(vectorizer.vector(for:)), targets: examples.map(\.target),
            configuration: configuration)
        return IntentModel(
            labels: labels, spellingCorrector: corrector, vectorizer: vectorizer, configuration: configuration,
            temperature: 1, parameters: SoftmaxParameters(weights: trainer.weights, biases: trainer.biases))
    }

    /// Trains on all but a stratified share, then fits the temperature on that share; 1 when nothing is held out.
    private static func calibratedTemperature(
        examples: [TrainingExample],
        labels: [String],
        configuration: IntentModelConfiguration
    ) -> Double {
        guard configuration.calibrationShare > 0 else { return 1 }
        let split = StratifiedSplit(
            labels: examples.map { labels[$0.target] }, heldOutShare: configuration.calibrationShare,
            seed: configuration.seed ^ 0xCA11_B8A7_E000_0000)
        guard !split.heldOutIndices.isEmpty else { return 1 }
        let model = fit(split.trainingIndices.map { examples[$0] }, labels: labels, configuration: configuration)
        let heldOut = split.heldOutIndices.map { examples[$0] }
        return TemperatureScaling.fittedTemperature(
            logits: heldOut.map { model.logits(for: model.features(of: $0.tokens)) }, targets: heldOut.map(\.target))
    }
}
