/// One place a call may go: a provider, the model to ask there, and whose key pays.
package struct ModelRoute: Hashable, Sendable {
    /// The provider, with `apiKey` set to the key this call uses.
    package var provider: ModelProviderSettings
    /// The model to ask for.
    package var model: String
    /// Whether the key is the user's own rather than the server's.
    package var usesUserKey: Bool

    /// Creates a route.
    package init(provider: ModelProviderSettings, model: String, usesUserKey: Bool = false) {
        self.provider = provider
        self.model = model
        self.usesUserKey = usesUserKey
    }

    /// Whether a call can be made: a key is present, or the endpoint is not one of the official keyed APIs.
    package var hasUsableKey: Bool {
        if let key = provider.apiKey, !key.isEmpty { return true }
        return !provider.isOfficialAPI
    }
}
