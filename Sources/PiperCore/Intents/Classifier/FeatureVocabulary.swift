import Foundation

/// The features seen in training, each with an index, a kind and an inverse document frequency.
package struct FeatureVocabulary: Sendable {
    /// The index of each known feature.
    private let indexTable: FeatureIndexTable
    /// The kind of the feature at each index.
    package let kinds: [FeatureKind]
    /// The smoothed inverse document frequency at each index: ln((1 + N) / (1 + df)) + 1.
    package let inverseDocumentFrequencies: [Float]

    /// Builds the vocabulary from training documents, keeping features seen in at least the given number of
    /// them; indices follow first appearance, so the same documents always give the same vocabulary.
    package init(documents: [UtteranceFeatures], minimumDocumentFrequency: (FeatureKind) -> Int) {
        let documentFrequency = Self.documentFrequencies(documents)
        var indexTable = FeatureIndexTable(capacity: documentFrequency.count)
        var kinds: [FeatureKind] = []
        var frequencies: [Float] = []
        let documentCount = Float(documents.count)
        for document in documents {
            for key in document.keys where indexTable[key] == nil {
                let frequency = Int(documentFrequency[key] ?? 0)
                guard frequency >= minimumDocumentFrequency(key.kind) else { continue }
                indexTable.set(Int32(kinds.count), for: key)
                kinds.append(key.kind)
                frequencies.append(logf((1 + documentCount) / (1 + Float(frequency))) + 1)
            }
        }
        self.indexTable = indexTable
        self.kinds = kinds
        self.inverseDocumentFrequencies = frequencies
    }

    /// The number of features.
    package var count: Int { kinds.count }

    /// The index of a feature, or `nil` when training never saw it (or saw it too rarely).
    package func index(of key: FeatureKey) -> Int32? { indexTable[key] }

    /// How many documents each key appears in.
    private static func documentFrequencies(_ documents: [UtteranceFeatures]) -> FeatureIndexTable {
        var frequencies = FeatureIndexTable(capacity: documents.count * 32)
        for document in documents {
            var previous: FeatureKey?
            for key in document.keys.sorted() where key != previous {
                frequencies.set((frequencies[key] ?? 0) + 1, for: key)
                previous = key
            }
        }
        return frequencies
    }
}
