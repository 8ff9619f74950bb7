import HTTPTypes
import Hummingbird

/// Puts the browser-hardening headers on every response: no content sniffing, no referrer beyond Piper,
/// a content security policy on every HTML page, and HSTS when the request arrived over HTTPS.
package struct SecurityHeadersMiddleware: RouterMiddleware {
    /// The policy for HTML pages: scripts, styles and requests from Piper only; never framed.
    package static let contentSecurityPolicy =
        "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"

    /// Creates the middleware.
    package init() {}

    /// Adds the headers to whatever the rest of the chain answered.
    package func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        if response.headers[.contentType]?.lowercased().hasPrefix("text/html") == true {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        if SessionCookies.isSecure(request) {
            response.headers[.strictTransportSecurity] = "max-age=31536000; includeSubDomains"
        }
        return response
    }
}

extension HTTPField.Name {
    /// `Referrer-Policy`.
    static var referrerPolicy: Self { Self("Referrer-Policy")! }
}
