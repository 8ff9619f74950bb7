import Foundation
import Testing

@testable import PiperCore

@Suite("Intent model training")
struct IntentModelTests {
    @Test("SplitMix64 reproduces the reference sequence")
    func splitMix() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("a stratified split holds out the same share of every label, the same way every time")
    func stratifiedSplit() {
        let labels = Array(repeating: "a", count: 10) + Array(repeating: "b", count: 5) + ["c"]
        let split = StratifiedSplit(labels: labels, heldOutShare: 0.2, seed: 7)
        #expect(split.heldOutIndices.count(where: { labels[$0] == "a" }) == 2)
        #expect(split.heldOutIndices.count(where: { labels[$0] == "b" }) == 1)
        #expect(!split.heldOutIndices.contains(15))
        #expect(Set(split.trainingIndices + split.heldOutIndices) == Set(labels.indices))
        #expect(split == StratifiedSplit(labels: labels, heldOutShare: 0.2, seed: 7))
    }

    @Test("two trainings on the same data give identical predictions")
    func deterministicTraining() {
        let first = IntentModel.train(on: IntentTestFixtures.utterances)
        let second = IntentModel.train(on: IntentTestFixtures.utterances)
        #expect(first.temperature == second.temperature)
        #expect(first.parameters == second.parameters)
        for text in ["show my todoz", "close #5", "hello there", "what's the weather"] {
            #expect(first.prediction(for: text) == second.prediction(for: text))
        }
    }

    @Test("labels are the sorted distinct actions and probabilities sum to one")
    func labelsAndProbabilities() throws {
        let model = IntentModel.train(on: IntentTestFixtures.utterances)
        #expect(model.labels == Set(IntentTestFixtures.utterances.map(\.action)).sorted())
        let prediction = model.prediction(for: "list my todos")
        #expect(abs(prediction.ranking.map(\.confidence).reduce(0, +) - 1) < 1e-9)
        #expect(try #require(prediction.best).action == "list_todos")
        #expect(model.temperature > 0)
    }

    @Test("temperature scaling picks the temperature with the lowest held-out loss")
    func temperatureScaling() {
        let logits: [[Float]] = [[4, 0], [4, 0], [4, 0], [0, 4]]
        let targets = [0, 0, 1, 1]
        let fitted = TemperatureScaling.fittedTemperature(logits: logits, targets: targets)
        let loss = TemperatureScaling.negativeLogLikelihood(logits: logits, targets: targets, temperature: fitted)
        for other in [fitted * 0.8, fitted * 1.25] {
            #expect(
                loss <= TemperatureScaling.negativeLogLikelihood(logits: logits, targets: targets, temperature: other))
        }
        #expect(fitted > 1)
    }
}
