import Foundation
import Hummingbird

/// Sends an anonymous visitor of a web page to `/signin?next=<path>` instead of answering with a JSON 401.
struct SignInRedirectMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard context.authentication == nil, [.get, .head].contains(request.method) else {
            return try await next(request, context)
        }
        var target = request.uri.path
        if let query = request.uri.query, !query.isEmpty { target += "?" + query }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = target.addingPercentEncoding(withAllowedCharacters: allowed) ?? "%2F"
        var response = Response(status: .found)
        response.headers[.location] = "/signin?next=" + encoded
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
