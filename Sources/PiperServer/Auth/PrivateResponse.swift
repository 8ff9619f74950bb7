import Hummingbird
import PiperAuth

/// Responses that carry something shown once (a session, a token, a code, an export): never cached.
enum PrivateResponse {
    /// `body` as JSON with `status` and `Cache-Control: no-store`.
    static func json(
        _ body: some Encodable, status: HTTPResponse.Status = .ok, request: Request,
        context: some RequestContext
    ) throws -> Response {
        var response = try context.responseEncoder.encode(body, from: request, context: context)
        response.status = status
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// A new session: tokens in the body, or HttpOnly cookies (and no tokens in the body) for the web.
    static func session(
        _ tokens: IssuedTokens, delivery: SessionDelivery, status: HTTPResponse.Status = .ok, auth: AuthDependencies,
        request: Request, context: some RequestContext
    ) throws -> Response {
        var response = try json(
            SessionDTO(tokens, includeTokens: delivery == .token), status: status, request: request, context: context)
        if delivery == .cookie {
            SessionCookies.set(tokens, on: &response, request: request, now: auth.service.clock.now())
        }
        return response
    }
}
