import Foundation

/// A deterministic split of labelled items that holds out the same share of every label.
package struct StratifiedSplit: Sendable, Equatable {
    /// Positions of the items kept for training, ascending.
    package let trainingIndices: [Int]
    /// Positions of the items held out, ascending.
    package let heldOutIndices: [Int]

    /// Splits by label: each label's items are shuffled with the seed and `round(share × count)` are held out,
    /// always leaving at least one item of the label for training.
    package init(labels: [String], heldOutShare: Double, seed: UInt64) {
        var positionsByLabel: [String: [Int]] = [:]
        for (position, label) in labels.enumerated() { positionsByLabel[label, default: []].append(position) }
        var generator = SplitMix64(seed: seed)
        var training: [Int] = []
        var heldOut: [Int] = []
        for label in positionsByLabel.keys.sorted() {
            var positions = positionsByLabel[label, default: []]
            generator.shuffle(&positions)
            let heldOutCount = min(Int((Double(positions.count) * heldOutShare).rounded()), positions.count - 1)
            heldOut.append(contentsOf: positions.prefix(max(heldOutCount, 0)))
            training.append(contentsOf: positions.dropFirst(max(heldOutCount, 0)))
        }
        self.trainingIndices = training.sorted()
        self.heldOutIndices = heldOut.sorted()
    }
}
