import PiperCore

extension ModelGateway {
    /// Tries `routes` in order, retrying each on transient failures, until one answers.
    ///
    /// Providers whose circuit is open are skipped. A failure that is not transient ends the call, as does any
    /// failure once `mayFallBack` says no (a stream that has already sent text).
    func firstAnswer(
        _ request: ModelRequest, routes: [ModelRoute], mayFallBack: () -> Bool,
        attempt: (ModelRoute) async throws -> WireAnswer
    ) async throws -> ModelResponse {
        var lastError: ModelError?
        var madeAttempt = false
        for route in routes {
            guard await breaker.permit(route.provider.name) else { continue }
            madeAttempt = true
            do {
                return try await answer(request, on: route, mayRetry: mayFallBack, attempt: attempt)
            } catch let error as ModelError {
                lastError = error
                guard error.isTransient, mayFallBack() else { throw error }
            }
        }
        if let lastError { throw lastError }
        let error = ModelError.circuitOpen(provider: routes.first?.provider.name ?? "piper")
        if !madeAttempt { await recordRefusal(request, error: error, model: routes.first?.model ?? "-") }
        throw error
    }

    /// Attempts `route`, retrying with backoff (or the provider's `Retry-After`) while the policy allows.
    private func answer(
        _ request: ModelRequest, on route: ModelRoute, mayRetry: () -> Bool,
        attempt: (ModelRoute) async throws -> WireAnswer
    ) async throws -> ModelResponse {
        var retry = 0
        while true {
            do {
                return try await traced(request, on: route) { try await attempt(route) }
            } catch let error as ModelError {
                retry += 1
                guard mayRetry(), let wait = settings.retry.delay(beforeRetry: retry, after: error, jitter: jitter())
                else { throw error }
                try await sleep(wait)
                guard await breaker.permit(route.provider.name) else { throw error }
            }
        }
    }
}
