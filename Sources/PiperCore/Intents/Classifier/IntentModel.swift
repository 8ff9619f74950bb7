import Foundation

/// A multinomial logistic regression over sparse TF-IDF features, with a fitted softmax temperature.
package struct IntentModel: Sendable {
    /// The action labels, sorted; the model's outputs follow this order.
    package let labels: [String]
    /// Corrects words the training data never saw before features are extracted.
    package let spellingCorrector: SpellingCorrector
    /// Maps features to vectors with the training vocabulary.
    package let vectorizer: FeatureVectorizer
    /// The configuration the model was trained with.
    package let configuration: IntentModelConfiguration
    /// The divisor applied to logits before the softmax so probabilities are calibrated.
    package let temperature: Double
    /// The trained weights and biases.
    let parameters: SoftmaxParameters

    /// Copies the model with another temperature.
    func withTemperature(_ temperature: Double) -> IntentModel {
        IntentModel(
            labels: labels, spellingCorrector: spellingCorrector, vectorizer: vectorizer,
            configuration: configuration, temperature: temperature, parameters: parameters)
    }

    /// Tokenises, spell-corrects and extracts features with the model's own settings.
    package func features(of text: String) -> UtteranceFeatures {
        features(of: UtteranceTokenizer.tokens(in: text))
    }

    /// Spell-corrects tokens and extracts their features.
    package func features(of tokens: [UtteranceToken]) -> UtteranceFeatures {
        UtteranceFeatures(
            tokens: spellingCorrector.corrected(tokens), characterGramLengths: configuration.characterGramLengths)
    }

    /// Ranks every label for a message.
    package func prediction(for text: String) -> IntentPrediction {
        prediction(for: features(of: text))
    }

    /// Ranks every label for extracted features.
    package func prediction(for features: UtteranceFeatures) -> IntentPrediction {
        let vector = vectorizer.vector(for: features)
        let probabilities = Self.softmax(parameters.logits(for: vector), temperature: temperature)
        let ranking = probabilities.indices
            .sorted { probabilities[$0] > probabilities[$1] || (probabilities[$0] == probabilities[$1] && $0 < $1) }
            .map { IntentAlternative(action: labels[$0], confidence: probabilities[$0]) }
        return IntentPrediction(ranking: ranking, coverage: vectorizer.coverage(of: features))
    }

    /// The raw scores of every label for extracted features, before temperature and softmax.
    func logits(for features: UtteranceFeatures) -> [Float] {
        parameters.logits(for: vectorizer.vector(for: features))
    }

    /// The softmax of logits divided by a temperature, in double precision.
    static func softmax(_ logits: [Float], temperature: Double) -> [Double] {
        guard let largest = logits.max() else { return [] }
        let exponentials = logits.map { exp((Double($0) - Double(largest)) / temperature) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }
}
