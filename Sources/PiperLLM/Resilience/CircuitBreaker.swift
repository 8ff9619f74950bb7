import Foundation
import PiperCore

/// A circuit breaker per provider: opens after consecutive provider failures, lets one trial call through
/// after the cool-down (half-open), and closes again when a call succeeds.
package actor CircuitBreaker {
    /// When to open and for how long.
    package struct Policy: Hashable, Sendable {
        /// Consecutive provider failures that open the circuit.
        package var failureThreshold: Int
        /// Seconds the circuit stays open before a trial call.
        package var coolDown: Double

        /// Creates a policy.
        package init(failureThreshold: Int = 3, coolDown: Double = 30) {
            self.failureThreshold = failureThreshold
            self.coolDown = coolDown
        }
    }

    private struct Entry {
        var failures = 0
        var openedAt: Date?
        var isTrialInFlight = false
        var lastError: String?
    }

    private let policy: Policy
    private let clock: DateGenerator
    private var entries: [String: Entry] = [:]

    /// Creates a breaker with every circuit closed.
    package init(policy: Policy, clock: DateGenerator) {
        self.policy = policy
        self.clock = clock
    }

    /// The circuit of `provider` now.
    package func circuit(_ provider: String) -> ModelProviderState.Circuit {
        guard let openedAt = entries[provider]?.openedAt else { return .closed }
        return clock.now() < openedAt.addingTimeInterval(policy.coolDown) ? .open : .halfOpen
    }

    /// Whether a call may go to `provider` now; in half-open state only one trial at a time is let through.
    package func permit(_ provider: String) -> Bool {
        switch circuit(provider) {
        case .closed: return true
        case .open: return false
        case .halfOpen:
            guard entries[provider]?.isTrialInFlight != true else { return false }
            entries[provider, default: Entry()].isTrialInFlight = true
            return true
        }
    }

    /// Whether `provider` would accept a call now, without claiming the half-open trial.
    package func isAccepting(_ provider: String) -> Bool {
        switch circuit(provider) {
        case .closed: true
        case .open: false
        case .halfOpen: entries[provider]?.isTrialInFlight != true
        }
    }

    /// A call succeeded: the circuit closes.
    package func recordSuccess(_ provider: String) {
        entries[provider] = Entry()
    }

    /// A call failed; only failures that count against the provider move the circuit.
    package func recordFailure(_ provider: String, error: ModelError) {
        var entry = entries[provider, default: Entry()]
        let wasTrial = entry.isTrialInFlight
        entry.isTrialInFlight = false
        entry.lastError = error.description
        if error.countsAgainstProvider {
            entry.failures += 1
            if wasTrial || entry.failures >= policy.failureThreshold { entry.openedAt = clock.now() }
        }
        entries[provider] = entry
    }

    /// A call ended with neither success nor failure (it was cancelled): frees the half-open trial.
    package func release(_ provider: String) {
        entries[provider]?.isTrialInFlight = false
    }

    /// The state of `provider` for readiness checks.
    package func state(name: String, kind: ModelProviderKind) -> ModelProviderState {
        let entry = entries[name] ?? Entry()
        return ModelProviderState(
            name: name, kind: kind.rawValue, circuit: circuit(name), consecutiveFailures: entry.failures,
            lastError: entry.lastError)
    }
}
