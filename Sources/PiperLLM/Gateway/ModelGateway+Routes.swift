import PiperCore

extension ModelGateway {
    /// The routes for `task` on behalf of `scope`, in the order to try them.
    ///
    /// A user's own key replaces the server's key for the provider named after its kind (`openai`, `anthropic`).
    /// When the server configures no such provider, the official API with the user's key comes first: the user pays.
    func routes(for task: ModelTask, scope: Scope) async -> [ModelRoute] {
        let keys = await userKeys(scope)
        var routes: [ModelRoute] = []
        for kind in ModelProviderKind.allCases {
            guard let key = keys[kind],
                !settings.providers.contains(where: { $0.name == kind.rawValue && $0.kind == kind })
            else { continue }
            let provider = ModelProviderSettings(
                name: kind.rawValue, kind: kind, baseURL: kind.officialBaseURL, apiKey: key, model: kind.defaultModel,
                timeout: settings.userKeyTimeout)
            routes.append(ModelRoute(provider: provider, model: kind.defaultModel, usesUserKey: true))
        }
        for target in settings.targets(for: task) {
            guard var provider = settings.provider(named: target.provider) else { continue }
            let userKey = provider.name == provider.kind.rawValue ? keys[provider.kind] : nil
            if let userKey { provider.apiKey = userKey }
            routes.append(
                ModelRoute(provider: provider, model: target.model ?? provider.model, usesUserKey: userKey != nil))
        }
        return routes
    }

    private func userKeys(_ scope: Scope) async -> [ModelProviderKind: String] {
        var keys: [ModelProviderKind: String] = [:]
        for kind in ModelProviderKind.allCases {
            if let key = await userKey(scope, kind), !key.isEmpty { keys[kind] = key }
        }
        return keys
    }

    /// The usable routes for `request` once its workspace's budget and its user's cap allow the call.
    func admittedRoutes(for request: ModelRequest) async throws -> [ModelRoute] {
        let routes = await routes(for: request.task, scope: request.attribution.scope).filter(\.hasUsableKey)
        guard let first = routes.first else { throw ModelError.notConfigured(request.task) }
        if let refusal = await limitRefusal(for: request.attribution.scope) {
            await recordRefusal(request, error: refusal, model: first.model)
            throw refusal
        }
        return routes
    }
}
