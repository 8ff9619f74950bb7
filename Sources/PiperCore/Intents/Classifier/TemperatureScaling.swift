import Foundation

/// Fits the softmax temperature that minimises the negative log-likelihood of held-out examples.
package enum TemperatureScaling {
    /// The range searched, as natural logarithms of the temperature.
    private static let logarithmRange: ClosedRange<Double> = log(0.05)...log(20)
    private static let iterations = 60

    /// The temperature in [0.05, 20] with the lowest mean negative log-likelihood, by golden-section search.
    package static func fittedTemperature(logits: [[Float]], targets: [Int]) -> Double {
        guard !logits.isEmpty else { return 1 }
        let ratio = (5.0.squareRoot() - 1) / 2
        var lower = logarithmRange.lowerBound
        var upper = logarithmRange.upperBound
        for _ in 0..<iterations {
            let left = upper - ratio * (upper - lower)
            let right = lower + ratio * (upper - lower)
            let leftLoss = negativeLogLikelihood(logits: logits, targets: targets, temperature: exp(left))
            let rightLoss = negativeLogLikelihood(logits: logits, targets: targets, temperature: exp(right))
            if leftLoss <= rightLoss { upper = right } else { lower = left }
        }
        return exp((lower + upper) / 2)
    }

    /// The mean of −log p(target) under softmax(logits / temperature).
    package static func negativeLogLikelihood(logits: [[Float]], targets: [Int], temperature: Double) -> Double {
        guard !logits.isEmpty else { return 0 }
        var total = 0.0
        for (scores, target) in zip(logits, targets) {
            let largest = Double(scores.max() ?? 0)
            let logPartition = log(scores.reduce(0.0) { $0 + exp((Double($1) - largest) / temperature) })
            total += logPartition - (Double(scores[target]) - largest) / temperature
        }
        return total / Double(logits.count)
    }
}
