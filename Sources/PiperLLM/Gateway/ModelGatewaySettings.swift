import PiperCore

/// Everything the gateway needs to know from configuration: providers, routes, resilience, prices and limits.
package struct ModelGatewaySettings: Hashable, Sendable, CustomStringConvertible {
    /// A step of a task's route: a provider by name and, optionally, a model other than its default.
    package struct RouteTarget: Hashable, Sendable {
        /// The provider's configured name.
        package var provider: String
        /// The model to ask for; `nil` uses the provider's default.
        package var model: String?

        /// Creates a route step.
        package init(provider: String, model: String? = nil) {
            self.provider = provider
            self.model = model
        }
    }

    /// The configured providers, in order.
    package var providers: [ModelProviderSettings]
    /// Each task's providers in the order to try them; a task missing here tries every provider in order.
    package var routes: [ModelTask: [RouteTarget]]
    /// Retries and backoff.
    package var retry: RetryPolicy
    /// When circuits open and for how long.
    package var circuit: CircuitBreaker.Policy
    /// Prices per model.
    package var prices: ModelPriceTable
    /// Limits for workspaces that set none of their own.
    package var defaultLimits: ModelLimits
    /// Seconds allowed for calls through a user's own key to an official API the server does not configure.
    package var userKeyTimeout: Double

    /// Creates settings.
    package init(
        providers: [ModelProviderSettings], routes: [ModelTask: [RouteTarget]] = [:], retry: RetryPolicy = .init(),
        circuit: CircuitBreaker.Policy = .init(), prices: ModelPriceTable = .init(),
        defaultLimits: ModelLimits = .unlimited, userKeyTimeout: Double = 60
    ) {
        self.providers = providers
        self.routes = routes
        self.retry = retry
        self.circuit = circuit
        self.prices = prices
        self.defaultLimits = defaultLimits
        self.userKeyTimeout = userKeyTimeout
    }

    /// The provider called `name`.
    package func provider(named name: String) -> ModelProviderSettings? {
        providers.first { $0.name == name }
    }

    /// The route steps of `task`: configured ones, or every provider with its default model.
    package func targets(for task: ModelTask) -> [RouteTarget] {
        routes[task] ?? providers.map { RouteTarget(provider: $0.name) }
    }

    /// Providers, routes and limits, without any key.
    package var description: String {
        let routeText = ModelTask.allCases.map { task in
            "\(task.rawValue) → "
                + targets(for: task).map { $0.provider + ($0.model.map { ":" + $0 } ?? "") }.joined(separator: ", ")
        }
        return
            "providers: \(providers.map(\.description).joined(separator: "; ")); routes: \(routeText.joined(separator: "; "))"
    }
}
