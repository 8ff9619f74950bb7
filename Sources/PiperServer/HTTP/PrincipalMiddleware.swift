import Hummingbird
import PiperCore

/// Identifies who is making a request and puts the principal on the context.
struct PrincipalMiddleware: RouterMiddleware {
    let identify: @Sendable (_ request: Request) async throws -> Principal?

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.principal = try await identify(request)
        return try await next(request, context)
    }
}
