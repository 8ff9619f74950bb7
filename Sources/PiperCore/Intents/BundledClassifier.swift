import Foundation
import Synchronization

/// Trains the bundled classifier once per process on a thread of its own, so callers await it without
/// occupying (or blocking) a thread of the shared concurrency pool.
package final class BundledClassifier: Sendable {
    /// The process's one training.
    package static let shared = BundledClassifier { DeterministicClassifier.bundled }

    private enum State {
        case idle
        case training([CheckedContinuation<DeterministicClassifier, Never>])
        case ready(DeterministicClassifier)
    }

    private let state = Mutex(State.idle)
    private let train: @Sendable () -> DeterministicClassifier

    /// Creates a one-time training.
    package init(train: @escaping @Sendable () -> DeterministicClassifier) {
        self.train = train
    }

    /// Starts training now, so the first message does not wait for it.
    package func warmUp() {
        if startIfIdle(waiting: nil) { startTraining() }
    }

    /// The trained classifier, training it first if nobody has.
    package func value() async -> DeterministicClassifier {
        if case .ready(let classifier) = state.withLock({ $0 }) { return classifier }
        return await withCheckedContinuation { continuation in
            if startIfIdle(waiting: continuation) { startTraining() }
        }
    }

    /// Records a waiter (resuming it at once when ready); true when the caller must start the training.
    private func startIfIdle(waiting continuation: CheckedContinuation<DeterministicClassifier, Never>?) -> Bool {
        state.withLock { state in
            switch state {
            case .idle:
                state = .training(continuation.map { [$0] } ?? [])
                return true
            case .training(let waiting):
                state = .training(waiting + (continuation.map { [$0] } ?? []))
                return false
            case .ready(let classifier):
                continuation?.resume(returning: classifier)
                return false
            }
        }
    }

    private func startTraining() {
        let train = self.train
        Thread.detachNewThread { [self] in
            let classifier = train()
            let waiting = state.withLock { state in
                defer { state = .ready(classifier) }
                if case .training(let waiting) = state { return waiting }
                return []
            }
            for continuation in waiting { continuation.resume(returning: classifier) }
        }
    }
}
