import Foundation

/// The held-out split scored twice: the deterministic classifier alone, and with the language-model fallback.
package struct FallbackEvaluation: Sendable, Codable {
    /// The deterministic classifier alone.
    package var before: IntentEvaluation
    /// With the fallback deciding the unsure messages.
    package var after: IntentEvaluation
    /// How many held-out messages the classifier was unsure of.
    package var unsureCount: Int
    /// How many of those the model answered with a valid action.
    package var answeredCount: Int
    /// Accuracy on the unsure messages alone, before and after.
    package var unsureAccuracyBefore: Double
    /// Accuracy on the unsure messages with the model's answers.
    package var unsureAccuracyAfter: Double
    /// Each unsure message: its text, the expected action, the classifier's and the final answer.
    package var unsureMessages: [UnsureMessage]

    /// One message the classifier was unsure of.
    package struct UnsureMessage: Sendable, Codable {
        /// The text.
        package var text: String
        /// The labelled action.
        package var expected: String
        /// The classifier's answer.
        package var classifier: String
        /// The answer with the model's choice.
        package var withModel: String
    }
}

extension IntentEvaluation {
    /// Scores the held-out split with and without `fallback`; the same split and training as ``heldOut(_:heldOutShare:seed:threshold:configuration:now:timeZone:)``.
    package static func heldOut(
        _ utterances: [LabelledUtterance], fallback: ModelClassifierFallback, scope: Scope,
        heldOutShare: Double = 0.2, seed: UInt64 = defaultSeed,
        threshold: Double = DeterministicClassifier.defaultThreshold,
        now: Date = Date(timeIntervalSince1970: 1_767_225_600),
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current
    ) async -> FallbackEvaluation {
        let split = StratifiedSplit(labels: utterances.map(\.action), heldOutShare: heldOutShare, seed: seed)
        let training = split.trainingIndices.map { utterances[$0] }
        let heldOut = split.heldOutIndices.map { utterances[$0] }
        let classifier = DeterministicClassifier(trainingOn: training, threshold: threshold)
        let context = ClassificationContext(now: now, timeZone: timeZone, attribution: ModelAttribution(scope: scope))
        let before = heldOut.map { classifier.classify($0.text, now: now, timeZone: timeZone) }
        var after = before
        var unsure: [Int] = []
        var answered = 0
        for (index, proposal) in before.enumerated() where fallback.isUnsure(proposal) {
            unsure.append(index)
            guard let action = await fallback.choose(heldOut[index].text, proposal: proposal, context: context) else {
                continue
            }
            answered += 1
            after[index].action = action.rawValue
            after[index].decision = .matched
            after[index].slots = classifier.slotExtractor.slots(
                in: heldOut[index].text, action: action.rawValue, now: now, timeZone: timeZone)
        }
        func accuracy(_ proposals: [IntentProposal]) -> Double {
            guard !unsure.isEmpty else { return 0 }
            return Double(unsure.filter { proposals[$0].action == heldOut[$0].action }.count) / Double(unsure.count)
        }
        return FallbackEvaluation(
            before: IntentEvaluation(
                expected: heldOut, proposals: before, trainingCount: training.count, threshold: threshold),
            after: IntentEvaluation(
                expected: heldOut, proposals: after, trainingCount: training.count, threshold: threshold),
            unsureCount: unsure.count, answeredCount: answered, unsureAccuracyBefore: accuracy(before),
            unsureAccuracyAfter: accuracy(after),
            unsureMessages: unsure.map {
                FallbackEvaluation.UnsureMessage(
                    text: heldOut[$0].text, expected: heldOut[$0].action, classifier: before[$0].action,
                    withModel: after[$0].action)
            })
    }
}
