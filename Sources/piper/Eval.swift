import ArgumentParser
import Foundation
import Logging
import PiperApp
import PiperCore
import PiperLLM

/// `piper eval`: measurements of Piper's components.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure Piper's components.", subcommands: [EvalIntents.self])
}

/// `piper eval intents FILE.jsonl`: held-out accuracy of the intent classifier.
struct EvalIntents: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intents",
        abstract: "Hold out part of a labelled corpus, train on the rest and report accuracy.",
        discussion: """
            Reports accuracy, macro-F1, out-of-scope recall, the false out-of-scope rate, slot exact-match rate \
            and the most frequent confusions on a stratified held-out split chosen by a fixed seed. Without a \
            file, evaluates the corpus built into Piper.
            """
    )

    @Argument(help: "A JSONL file of {\"text\", \"action\", \"slots\"?} lines.")
    var file: String?

    @Option(name: .long, help: "Share of each action held out for testing.")
    var holdOut = 0.2

    @Option(name: .long, help: "Seed of the split.")
    var seed: UInt64 = IntentEvaluation.defaultSeed

    @Option(name: .long, help: "Confidence below which a message counts as out of scope.")
    var threshold = DeterministicClassifier.defaultThreshold

    @Flag(name: .long, help: "Print the evaluation as JSON.")
    var json = false

    @Option(
        name: .long,
        help: "Also score the split with a language model deciding the unsure messages: an OpenAI-compatible base URL.")
    var modelURL: String?

    @Option(name: .long, help: "The model to ask for at --model-url.")
    var model = "local"

    @Option(name: .long, help: "With --model-url: the confidence below which the model is asked.")
    var fallbackThreshold = 0.5

    func validate() throws {
        guard holdOut > 0, holdOut < 1 else { throw ValidationError("--hold-out must be between 0 and 1.") }
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1.") }
    }

    func run() async throws {
        try await reportingFailures {
            let text: String
            if let file {
                guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw ValidationError("Cannot read \(file).")
                }
                text = contents
            } else {
                text = IntentCorpus.bundledText
            }
            let utterances = try IntentCorpus.parse(jsonl: text)
            if let modelURL {
                try await evaluateWithModel(utterances, baseURL: modelURL)
                return
            }
            let evaluation = IntentEvaluation.heldOut(
                utterances, heldOutShare: holdOut, seed: seed, threshold: threshold)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(evaluation), as: UTF8.self))
            } else {
                print(evaluation.formatted())
            }
        }
    }
}

extension EvalIntents {
    /// Scores the held-out split with and without the model fallback and prints both.
    func evaluateWithModel(_ utterances: [LabelledUtterance], baseURL: String) async throws {
        guard (0...1).contains(fallbackThreshold) else {
            throw ValidationError("--fallback-threshold must be between 0 and 1.")
        }
        var logger = Logger(label: "piper.eval")
        logger.logLevel = .error
        let run = FallbackEvaluationRun(
            provider: ModelProviderSettings(
                name: "evaluation", kind: .openai, baseURL: baseURL, model: model, timeout: 120),
            threshold: fallbackThreshold)
        let evaluation = await run.run(utterances, heldOutShare: holdOut, seed: seed, logger: logger)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(evaluation), as: UTF8.self))
        } else {
            print(evaluation.formatted())
        }
    }
}
