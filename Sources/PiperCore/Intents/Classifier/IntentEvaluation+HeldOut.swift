import Foundation

extension IntentEvaluation {
    /// The seed of the held-out split unless a caller picks another.
    package static let defaultSeed: UInt64 = 0x0005_EED0_F1A7

    /// Holds out a stratified share of the utterances, trains on the rest and scores the held-out share.
    ///
    /// `now` and `timeZone` anchor time phrases for the `when` slot; the same inputs always give the
    /// same evaluation.
    package static func heldOut(
        _ utterances: [LabelledUtterance],
        heldOutShare: Double = 0.2,
        seed: UInt64 = defaultSeed,
        threshold: Double = DeterministicClassifier.defaultThreshold,
        configuration: IntentModelConfiguration = .standard,
        now: Date = Date(timeIntervalSince1970: 1_767_225_600),
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current
    ) -> IntentEvaluation {
        let split = StratifiedSplit(labels: utterances.map(\.action), heldOutShare: heldOutShare, seed: seed)
        let training = split.trainingIndices.map { utterances[$0] }
        let heldOut = split.heldOutIndices.map { utterances[$0] }
        let classifier = DeterministicClassifier(
            trainingOn: training, threshold: threshold, configuration: configuration)
        let proposals = heldOut.map { classifier.classify($0.text, now: now, timeZone: timeZone) }
        return IntentEvaluation(
            expected: heldOut, proposals: proposals, trainingCount: training.count, threshold: threshold)
    }
}
