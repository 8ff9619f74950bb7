import Foundation

/// The weights of a softmax regression: one row of label weights per feature, and one bias per label.
package struct SoftmaxParameters: Sendable, Equatable {
    /// `featureCount × labelCount` weights, row by row.
    package let weights: [Float]
    /// One bias per label.
    package let biases: [Float]

    /// Wraps trained weights.
    package init(weights: [Float], biases: [Float]) {
        self.weights = weights
        self.biases = biases
    }

    /// The number of labels.
    package var labelCount: Int { biases.count }

    /// Scores every label: the biases plus each active feature's row scaled by its value.
    package func logits(for vector: SparseVector) -> [Float] {
        var logits = biases
        let labelCount = labelCount
        logits.withUnsafeMutableBufferPointer { output in
            weights.withUnsafeBufferPointer { rows in
                for position in 0..<vector.count {
                    let rowStart = Int(vector.indices[position]) * labelCount
                    let value = vector.values[position]
                    for label in 0..<labelCount { output[label] += value * rows[rowStart + label] }
                }
            }
        }
        return logits
    }
}
