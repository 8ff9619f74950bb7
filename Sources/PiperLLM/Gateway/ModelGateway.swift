import Foundation
import Logging
import PiperCore
import Tracing

/// The language-model gateway: routes each call to a provider, retries, breaks circuits, enforces budgets and caps,
/// and accounts, logs and traces every attempt. ``languageModel`` is the PiperCore client it provides.
package struct ModelGateway: Sendable {
    /// Looks up the user's own API key for a provider kind, or `nil` when they have none.
    package typealias UserKey = @Sendable (_ scope: Scope, _ kind: ModelProviderKind) async -> String?
    /// Waits the given seconds; tests inject one that returns at once.
    package typealias Sleep = @Sendable (_ seconds: Double) async throws -> Void

    let settings: ModelGatewaySettings
    let caller: ProviderCaller
    let usage: ModelUsageStore
    let userKey: UserKey
    let breaker: CircuitBreaker
    let clock: DateGenerator
    let ids: IDGenerator
    let logger: Logger
    let tracer: any Tracer
    let sleep: Sleep
    let jitter: @Sendable () -> Double

    /// Creates a gateway.
    package init(
        settings: ModelGatewaySettings, transport: ModelTransport, usage: ModelUsageStore,
        userKey: @escaping UserKey = { _, _ in nil }, clock: DateGenerator = .system, ids: IDGenerator = .random,
        logger: Logger, tracer: any Tracer = InstrumentationSystem.tracer,
        sleep: @escaping Sleep = { try await Task.sleep(for: .milliseconds(Int64($0 * 1000))) },
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.settings = settings
        self.caller = ProviderCaller(transport: transport, clock: clock)
        self.usage = usage
        self.userKey = userKey
        self.breaker = CircuitBreaker(policy: settings.circuit, clock: clock)
        self.clock = clock
        self.ids = ids
        self.logger = logger
        self.tracer = tracer
        self.sleep = sleep
        self.jitter = jitter
    }

    /// The PiperCore client backed by this gateway.
    package var languageModel: LanguageModel {
        LanguageModel(
            complete: { request in try await complete(request) },
            stream: { request in stream(request) },
            isAvailable: { task, scope in await isAvailable(task, scope: scope) },
            providers: { await providerStates() })
    }

    /// Answers `request` in one piece.
    package func complete(_ request: ModelRequest) async throws -> ModelResponse {
        let routes = try await admittedRoutes(for: request)
        return try await firstAnswer(
            request, routes: routes, mayFallBack: { true },
            attempt: { route in try await caller.complete(request, on: route) })
    }

    /// Whether some route for `task` has a usable key and a circuit that accepts calls.
    package func isAvailable(_ task: ModelTask, scope: Scope) async -> Bool {
        for route in await routes(for: task, scope: scope) where route.hasUsableKey {
            if await breaker.isAccepting(route.provider.name) { return true }
        }
        return false
    }

    /// Each configured provider and its circuit.
    package func providerStates() async -> [ModelProviderState] {
        var states: [ModelProviderState] = []
        for provider in settings.providers {
            states.append(await breaker.state(name: provider.name, kind: provider.kind))
        }
        return states
    }
}
