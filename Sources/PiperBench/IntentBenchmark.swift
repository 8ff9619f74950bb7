import ArgumentParser
import Foundation
import PiperCore

/// `piper-bench intents`: training time of the intent classifier and the latency of one classification.
struct IntentBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intents",
        abstract: "Time training the intent classifier on the built-in corpus and classifying messages."
    )

    @Option(help: "Classifications to time (the corpus's utterances, round robin).")
    var classifications = 20_000

    @Option(help: "Full trainings to time.")
    var trainings = 3

    func run() async throws {
        let utterances = try IntentCorpus.parse(jsonl: IntentCorpus.bundledText)
        var trainingSamples: [Duration] = []
        var classifier: DeterministicClassifier?
        let clock = ContinuousClock()
        let trainingStart = clock.now
        for _ in 0..<trainings {
            let started = clock.now
            classifier = DeterministicClassifier(trainingOn: utterances)
            trainingSamples.append(clock.now - started)
        }
        let trainingElapsed = clock.now - trainingStart
        guard let classifier else { return }
        let now = Date()
        let timeZone = TimeZone(identifier: "Europe/Berlin") ?? .current
        var samples: [Duration] = []
        samples.reserveCapacity(classifications)
        let start = clock.now
        for index in 0..<classifications {
            let text = utterances[index % utterances.count].text
            let started = clock.now
            _ = classifier.classify(text, now: now, timeZone: timeZone)
            samples.append(clock.now - started)
        }
        let elapsed = clock.now - start
        print("intent benchmark: \(utterances.count) utterances, \(classifier.labels.count) actions")
        print(Measurement(name: "train", samples: trainingSamples, elapsed: trainingElapsed).line)
        print(Measurement(name: "classify", samples: samples, elapsed: elapsed).line)
    }
}
