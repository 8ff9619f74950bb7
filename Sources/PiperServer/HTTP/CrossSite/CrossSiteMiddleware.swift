import Hummingbird

/// The one gate every request passes before a handler runs: the `Host` must be one Piper answers to
/// (health probes excepted),
/// a state-changing request that a browser could send on its own (no `Authorization` header: a cookie,
/// the single-user mode, or sign-in itself) must come from Piper's own origin, and API bodies must be JSON.
///
/// Bearer-token requests skip the origin rule: another site's page cannot attach that header without a
/// CORS preflight, which Piper never grants.
package struct CrossSiteMiddleware: RouterMiddleware {
    /// The names Piper answers to.
    let policy: SitePolicy
    /// Reads that start something in the browser and so obey the origin rule too (single sign-on's start).
    let guardedReads: Set<String>

    /// Creates the middleware.
    package init(policy: SitePolicy, guardedReads: Set<String> = ["/api/v1/auth/oidc/start"]) {
        self.policy = policy
        self.guardedReads = guardedReads
    }

    /// Refuses foreign hosts, cross-site requests and non-JSON API bodies; passes everything else on.
    package func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        // Probes address instances by their own IP; readiness tells a stranger nothing worth rebinding for.
        if request.uri.path.hasPrefix("/health/") { return try await next(request, context) }
        let authority = try policy.authority(of: request)
        let changesState = ![.get, .head, .options].contains(request.method)
        if (changesState || guardedReads.contains(request.uri.path)) && request.headers[.authorization] == nil {
            try SameOrigin.require(request, servedAs: authority)
        }
        if changesState && request.uri.path.hasPrefix("/api/") {
            try JSONBody.require(request)
        }
        return try await next(request, context)
    }
}
