import Foundation

/// Trains softmax-regression weights by AdaGrad with an L2 penalty, visiting examples in a seeded order.
///
/// AdaGrad keeps one accumulator per feature row (row-wise AdaGrad), so a step costs one square root per
/// active feature rather than one per weight. The hot loops run over unsafe buffers: training must stay
/// fast in debug builds too, where array subscripts are not inlined.
struct SoftmaxTrainer {
    /// One row of `labelCount` weights per feature.
    private(set) var weights: [Float]
    /// One bias per label.
    private(set) var biases: [Float]
    private var rowAccumulators: [Float]
    private var biasAccumulators: [Float]
    private let labelCount: Int
    private static let epsilon: Float = 1e-8
    /// Gradients smaller than this leave a label's weights alone for the step.
    private static let negligibleGradient: Float = 1e-4

    /// Starts from zero weights.
    init(featureCount: Int, labelCount: Int) {
        self.labelCount = labelCount
        self.weights = [Float](repeating: 0, count: featureCount * labelCount)
        self.biases = [Float](repeating: 0, count: labelCount)
        self.rowAccumulators = [Float](repeating: 0, count: featureCount)
        self.biasAccumulators = [Float](repeating: 0, count: labelCount)
    }

    /// Runs the configured number of epochs over the examples.
    mutating func train(vectors: [SparseVector], targets: [Int], configuration: IntentModelConfiguration) {
        var generator = SplitMix64(seed: configuration.seed)
        var order = Array(vectors.indices)
        var scratch = [Float](repeating: 0, count: labelCount)
        let labelCount = labelCount
        let settings = StepSettings(
            labelCount: labelCount, learningRate: configuration.learningRate, penalty: configuration.l2Penalty)
        weights.withUnsafeMutableBufferPointer { weights in
            biases.withUnsafeMutableBufferPointer { biases in
                rowAccumulators.withUnsafeMutableBufferPointer { rowAccumulators in
                    biasAccumulators.withUnsafeMutableBufferPointer { biasAccumulators in
                        scratch.withUnsafeMutableBufferPointer { gradient in
                            let state = StepState(
                                weights: weights, biases: biases, rowAccumulators: rowAccumulators,
                                biasAccumulators: biasAccumulators, gradient: gradient)
                            for _ in 0..<configuration.epochs {
                                generator.shuffle(&order)
                                for example in order {
                                    Self.step(
                                        vectors[example], target: targets[example], state: state, settings: settings)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private struct StepSettings {
        let labelCount: Int
        let learningRate: Float
        let penalty: Float
    }

    private struct StepState {
        let weights: UnsafeMutableBufferPointer<Float>
        let biases: UnsafeMutableBufferPointer<Float>
        let rowAccumulators: UnsafeMutableBufferPointer<Float>
        let biasAccumulators: UnsafeMutableBufferPointer<Float>
        let gradient: UnsafeMutableBufferPointer<Float>
    }

    private static func step(_ vector: SparseVector, target: Int, state: StepState, settings: StepSettings) {
        vector.indices.withUnsafeBufferPointer { indices in
            vector.values.withUnsafeBufferPointer { values in
                computeLogits(indices: indices, values: values, state: state, labelCount: settings.labelCount)
                turnLogitsIntoGradient(state.gradient, target: target)
                updateBiases(state: state, settings: settings)
                updateRows(indices: indices, values: values, state: state, settings: settings)
            }
        }
    }

    /// Writes the biases plus each active row scaled by its value into the gradient buffer.
    private static func computeLogits(
        indices: UnsafeBufferPointer<Int32>,
        values: UnsafeBufferPointer<Float>,
        state: StepState,
        labelCount: Int
    ) {
        let logits = state.gradient
        for label in 0..<labelCount { logits[label] = state.biases[label] }
        for position in 0..<indices.count {
            let rowStart = Int(indices[position]) * labelCount
            let row = UnsafeMutableBufferPointer(rebasing: state.weights[rowStart..<(rowStart + labelCount)])
            let value = values[position]
            for label in 0..<labelCount { logits[label] += value * row[label] }
        }
    }

    /// Replaces logits with softmax(logits) minus the one-hot target.
    private static func turnLogitsIntoGradient(_ buffer: UnsafeMutableBufferPointer<Float>, target: Int) {
        var largest = -Float.infinity
        for label in 0..<buffer.count { largest = max(largest, buffer[label]) }
        var total: Float = 0
        for label in 0..<buffer.count {
            buffer[label] = expf(buffer[label] - largest)
            total += buffer[label]
        }
        let inverseTotal = 1 / total
        for label in 0..<buffer.count { buffer[label] *= inverseTotal }
        buffer[target] -= 1
    }

    private static func updateBiases(state: StepState, settings: StepSettings) {
        for label in 0..<settings.labelCount {
            let gradient = state.gradient[label]
            state.biasAccumulators[label] += gradient * gradient
            let scale = settings.learningRate / (state.biasAccumulators[label] + epsilon).squareRoot()
            state.biases[label] -= scale * gradient
        }
    }

    /// Applies the step to every active feature row, touching only labels whose gradient is not negligible:
    /// late in training most labels have probability near zero, so this skips most of the work. Skipped
    /// weights also skip that step's L2 decay.
    private static func updateRows(
        indices: UnsafeBufferPointer<Int32>,
        values: UnsafeBufferPointer<Float>,
        state: StepState,
        settings: StepSettings
    ) {
        let gradient = UnsafeBufferPointer(state.gradient)
        var squaredGradientNorm: Float = 0
        var activeLabels: [Int] = []
        activeLabels.reserveCapacity(settings.labelCount)
        for label in 0..<settings.labelCount {
            squaredGradientNorm += gradient[label] * gradient[label]
            if abs(gradient[label]) > negligibleGradient { activeLabels.append(label) }
        }
        activeLabels.withUnsafeBufferPointer { activeLabels in
            for position in 0..<indices.count {
                let feature = Int(indices[position])
                let value = values[position]
                state.rowAccumulators[feature] += value * value * squaredGradientNorm
                let stepSize = settings.learningRate / (state.rowAccumulators[feature] + epsilon).squareRoot()
                let rowStart = feature * settings.labelCount
                let row = UnsafeMutableBufferPointer(
                    rebasing: state.weights[rowStart..<(rowStart + settings.labelCount)])
                let decay = 1 - stepSize * settings.penalty
                let gradientScale = stepSize * value
                for label in activeLabels {
                    row[label] = row[label] * decay - gradientScale * gradient[label]
                }
            }
        }
    }
}
