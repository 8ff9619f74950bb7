import Hummingbird
import PiperAuth
import PiperCore

/// Identifies who is making a request and puts them on the context. A read-only API token may only read.
struct PrincipalMiddleware: RouterMiddleware {
    let identify: @Sendable (_ request: Request, _ context: AppRequestContext) async throws -> Authentication?

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.authentication = try await identify(request, context)
        if let credential = context.authentication?.credential, credential.permission < .write,
            ![.get, .head].contains(request.method)
        {
            throw APIError(
                status: .forbidden, code: "read_only_token",
                message: "This API token may only read; it can't change anything.")
        }
        return try await next(request, context)
    }
}
