/// The language-model client: routing, retries, circuit breaking, budgets and accounting live behind it.
package struct LanguageModel: Sendable {
    /// Answers a request in one piece.
    package var complete: @Sendable (_ request: ModelRequest) async throws -> ModelResponse
    /// Answers a request as a stream of text ending in ``ModelStreamEvent/finished(_:)``.
    package var stream: @Sendable (_ request: ModelRequest) -> AsyncThrowingStream<ModelStreamEvent, any Error>
    /// Whether a call for `task` on behalf of `scope` could be routed to some provider right now.
    package var isAvailable: @Sendable (_ task: ModelTask, _ scope: Scope) async -> Bool
    /// Each configured provider and its circuit, for readiness and the usage page.
    package var providers: @Sendable () async -> [ModelProviderState]

    /// Creates a client from its endpoints.
    package init(
        complete: @escaping @Sendable (_ request: ModelRequest) async throws -> ModelResponse,
        stream: @escaping @Sendable (_ request: ModelRequest) -> AsyncThrowingStream<ModelStreamEvent, any Error>,
        isAvailable: @escaping @Sendable (_ task: ModelTask, _ scope: Scope) async -> Bool,
        providers: @escaping @Sendable () async -> [ModelProviderState]
    ) {
        self.complete = complete
        self.stream = stream
        self.isAvailable = isAvailable
        self.providers = providers
    }

    /// No model: nothing is available and every call fails with ``ModelError/notConfigured(_:)``.
    package static let none = LanguageModel(
        complete: { request in throw ModelError.notConfigured(request.task) },
        stream: { request in
            AsyncThrowingStream { $0.finish(throwing: ModelError.notConfigured(request.task)) }
        },
        isAvailable: { _, _ in false },
        providers: { [] })
}

/// One configured provider and the state of its circuit breaker.
package struct ModelProviderState: Hashable, Sendable, Codable {
    /// The circuit's state.
    package enum Circuit: String, Hashable, Sendable, Codable {
        /// Calls flow.
        case closed
        /// Calls are refused until the cool-down ends.
        case open
        /// One trial call is allowed through.
        case halfOpen = "half_open"
    }

    /// The provider's configured name, such as `openai` or `local`.
    package var name: String
    /// The wire format: `openai` or `anthropic`.
    package var kind: String
    /// The circuit.
    package var circuit: Circuit
    /// Failures in a row.
    package var consecutiveFailures: Int
    /// Why the last call failed, if it did; never contains secrets.
    package var lastError: String?

    /// Creates a state.
    package init(name: String, kind: String, circuit: Circuit, consecutiveFailures: Int, lastError: String? = nil) {
        self.name = name
        self.kind = kind
        self.circuit = circuit
        self.consecutiveFailures = consecutiveFailures
        self.lastError = lastError
    }
}
