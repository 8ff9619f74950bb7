import PiperCore

/// What the usage routes and panel need: the accounting, the configured limits and the providers' state.
package struct UsageDependencies: Sendable {
    /// Model-call accounting and each workspace's own limits.
    package var store: ModelUsageStore
    /// The limits in force in a workspace that has set none of its own.
    package var defaults: ModelLimits
    /// Each configured provider and its circuit.
    package var providers: @Sendable () async -> [ModelProviderState]

    /// Creates the dependencies.
    package init(
        store: ModelUsageStore, defaults: ModelLimits = .unlimited,
        providers: @escaping @Sendable () async -> [ModelProviderState] = { [] }
    ) {
        self.store = store
        self.defaults = defaults
        self.providers = providers
    }
}
