import Foundation

/// A sparse feature vector: vocabulary indices in ascending order with their values.
package struct SparseVector: Sendable, Equatable {
    /// Ascending vocabulary indices.
    package var indices: [Int32]
    /// The value at each index.
    package var values: [Float]

    /// Creates a vector from parallel arrays.
    package init(indices: [Int32] = [], values: [Float] = []) {
        self.indices = indices
        self.values = values
    }

    /// The number of stored entries.
    package var count: Int { indices.count }

    /// Whether no feature is present.
    package var isEmpty: Bool { indices.isEmpty }
}
