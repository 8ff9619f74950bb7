import Foundation
import Testing

@testable import PiperCore

@Suite("The real intent corpus")
struct IntentCorpusFileTests {
    /// Sources/PiperCore/Resources/intent-corpus.jsonl, found from this file's path.
    static let corpusURL: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.lastPathComponent != "Tests", directory.pathComponents.count > 1 {
            directory.deleteLastPathComponent()
        }
        return directory.deletingLastPathComponent()
            .appendingPathComponent("Sources/PiperCore/Resources/intent-corpus.jsonl")
    }()

    static let corpusExists = FileManager.default.fileExists(atPath: corpusURL.path)

    @Test("held-out accuracy on the corpus is at least 90%", .enabled(if: corpusExists))
    func heldOutAccuracy() throws {
        let utterances = try IntentCorpus.parse(jsonl: String(contentsOf: Self.corpusURL, encoding: .utf8))
        let evaluation = IntentEvaluation.heldOut(utterances)
        print(evaluation.formatted())
        #expect(evaluation.accuracy >= 0.9)
        #expect(Set(utterances.map(\.action)).contains(DeterministicClassifier.outOfScopeAction))
    }
}
