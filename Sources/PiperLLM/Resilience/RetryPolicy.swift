import PiperCore

/// How often and how long to wait before trying a provider again after a transient failure.
package struct RetryPolicy: Hashable, Sendable {
    /// Retries after the first attempt, per provider.
    package var maxRetries: Int
    /// Seconds before the first retry; doubles with each retry.
    package var baseDelay: Double
    /// The longest backoff, in seconds.
    package var maxDelay: Double
    /// The longest `Retry-After` Piper waits for; a longer one moves the call to the next provider.
    package var maxRetryAfter: Double

    /// Creates a policy.
    package init(maxRetries: Int = 2, baseDelay: Double = 0.5, maxDelay: Double = 8, maxRetryAfter: Double = 20) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// Seconds to wait before retry number `retry` (from 1) after `error`, or `nil` to stop trying this provider.
    /// `jitter` in `0..<1` spreads exponential waits over their upper half so clients do not retry in step.
    package func delay(beforeRetry retry: Int, after error: ModelError, jitter: Double) -> Double? {
        guard retry <= maxRetries, error.isTransient else { return nil }
        if case .circuitOpen = error { return nil }
        if case .rateLimited(_, let retryAfter?) = error {
            return retryAfter <= maxRetryAfter ? retryAfter : nil
        }
        let exponential = min(maxDelay, baseDelay * Double(1 << min(retry - 1, 30)))
        return exponential * (0.5 + 0.5 * min(max(jitter, 0), 1))
    }
}
