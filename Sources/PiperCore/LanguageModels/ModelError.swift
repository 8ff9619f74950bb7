/// Why a language-model call did not produce an answer. Messages never contain keys or prompts.
package enum ModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No provider is configured for the task (and the user has no key of their own).
    case notConfigured(ModelTask)
    /// The provider refused the key.
    case unauthorized(provider: String)
    /// The provider asked Piper to slow down; `retryAfter` seconds when it said.
    case rateLimited(provider: String, retryAfter: Double?)
    /// The provider failed (HTTP 5xx).
    case providerFailed(provider: String, status: Int)
    /// The provider rejected the request (HTTP 4xx other than 401, 403 and 429).
    case rejected(provider: String, status: Int, message: String)
    /// No answer within the configured time.
    case timedOut(provider: String, seconds: Double)
    /// The provider could not be reached.
    case unreachable(provider: String, reason: String)
    /// The answer could not be understood.
    case invalidResponse(provider: String, reason: String)
    /// Recent failures opened the provider's circuit; calls resume after the cool-down.
    case circuitOpen(provider: String)
    /// The workspace spent its monthly budget.
    case budgetExhausted(limitMicros: Int64)
    /// The user reached their daily request cap.
    case requestCapReached(limit: Int)

    /// A short, stable name for accounting and logs, such as `rate_limited`.
    package var kind: String {
        switch self {
        case .notConfigured: "not_configured"
        case .unauthorized: "unauthorized"
        case .rateLimited: "rate_limited"
        case .providerFailed: "provider_failed"
        case .rejected: "rejected"
        case .timedOut: "timed_out"
        case .unreachable: "unreachable"
        case .invalidResponse: "invalid_response"
        case .circuitOpen: "circuit_open"
        case .budgetExhausted: "budget_exhausted"
        case .requestCapReached: "request_cap_reached"
        }
    }

    /// Whether trying again (or another provider) may succeed.
    package var isTransient: Bool {
        switch self {
        case .rateLimited, .providerFailed, .timedOut, .unreachable, .circuitOpen: true
        default: false
        }
    }

    /// Whether the failure counts against the provider's circuit breaker.
    package var countsAgainstProvider: Bool {
        switch self {
        case .providerFailed, .timedOut, .unreachable, .invalidResponse: true
        default: false
        }
    }

    /// A sentence safe to log and show an operator.
    package var description: String {
        switch self {
        case .notConfigured(let task): "No language model is configured for \(task.rawValue)."
        case .unauthorized(let provider): "The \(provider) provider refused the API key."
        case .rateLimited(let provider, let retryAfter):
            "The \(provider) provider is rate limiting"
                + (retryAfter.map { " (retry after \(Int($0.rounded(.up))) s)." } ?? ".")
        case .providerFailed(let provider, let status): "The \(provider) provider failed with HTTP \(status)."
        case .rejected(let provider, let status, let message):
            "The \(provider) provider rejected the request with HTTP \(status): \(message)"
        case .timedOut(let provider, let seconds): "The \(provider) provider did not answer within \(seconds) s."
        case .unreachable(let provider, let reason): "The \(provider) provider is unreachable: \(reason)."
        case .invalidResponse(let provider, let reason): "The \(provider) provider's answer was unusable: \(reason)."
        case .circuitOpen(let provider): "The \(provider) provider is paused after repeated failures."
        case .budgetExhausted(let limit):
            "This workspace has used its monthly model budget of \(ModelCost.dollars(limit))."
        case .requestCapReached(let limit): "You have used your \(limit) model requests for today."
        }
    }
}
