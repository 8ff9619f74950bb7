import Foundation

/// Turns features into a TF-IDF vector: sublinear counts, each kind normalised and weighted, then unit length.
package struct FeatureVectorizer: Sendable {
    /// The training vocabulary.
    package let vocabulary: FeatureVocabulary
    /// The weight of each kind's block before the final normalisation.
    package let kindWeights: FeatureKindWeights

    /// Creates a vectorizer.
    package init(vocabulary: FeatureVocabulary, kindWeights: FeatureKindWeights) {
        self.vocabulary = vocabulary
        self.kindWeights = kindWeights
    }

    /// The unit-length vector of the known features; empty when none is known.
    package func vector(for features: UtteranceFeatures) -> SparseVector {
        let indices = features.keys.compactMap(vocabulary.index(of:)).sorted()
        var vector = SparseVector()
        vector.indices.reserveCapacity(indices.count)
        vector.values.reserveCapacity(indices.count)
        var squaredNorms = [Float](repeating: 0, count: FeatureKind.allCases.count + 1)
        var start = 0
        while start < indices.count {
            let index = indices[start]
            var end = start + 1
            while end < indices.count, indices[end] == index { end += 1 }
            let value = (1 + logf(Float(end - start))) * vocabulary.inverseDocumentFrequencies[Int(index)]
            vector.indices.append(index)
            vector.values.append(value)
            squaredNorms[Int(vocabulary.kinds[Int(index)].rawValue)] += value * value
            start = end
        }
        scale(&vector, squaredNorms: squaredNorms)
        return vector
    }

    private func scale(_ vector: inout SparseVector, squaredNorms: [Float]) {
        let factors = squaredNorms.indices.map { slot -> Float in
            guard let kind = FeatureKind(rawValue: UInt8(slot)), squaredNorms[slot] > 0 else { return 0 }
            return kindWeights.weight(of: kind) / squaredNorms[slot].squareRoot()
        }
        var total: Float = 0
        for position in vector.values.indices {
            let kind = vocabulary.kinds[Int(vector.indices[position])]
            vector.values[position] *= factors[Int(kind.rawValue)]
            total += vector.values[position] * vector.values[position]
        }
        guard total > 0 else { return }
        let inverseNorm = 1 / total.squareRoot()
        for position in vector.values.indices { vector.values[position] *= inverseNorm }
    }

    /// How many of the message's words and character n-grams the vocabulary knows.
    package func coverage(of features: UtteranceFeatures) -> FeatureCoverage {
        var coverage = FeatureCoverage()
        for token in features.tokens {
            if token.isPlaceholder {
                coverage.placeholderCount += 1
                continue
            }
            coverage.wordCount += 1
            let key = FeatureKey(kind: .word, hash: FeatureHasher.hash(token.featureText))
            if vocabulary.index(of: key) != nil { coverage.knownWordCount += 1 }
        }
        for key in features.keys where key.kind == .characterGram {
            coverage.characterGramCount += 1
            if vocabulary.index(of: key) != nil { coverage.knownCharacterGramCount += 1 }
        }
        return coverage
    }
}
