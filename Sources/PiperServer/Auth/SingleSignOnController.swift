import Foundation
import HTTPTypes
import Hummingbird
import PiperAuth
import PiperCore

/// `/api/v1/auth/oidc`: sign-in with the configured OpenID Connect provider (authorization code + PKCE).
/// The state travels in a short-lived HttpOnly cookie, so the callback only completes in the browser
/// that started the sign-in.
struct SingleSignOnController: Sendable {
    static let stateCookie = "piper_oidc_state"
    static let cookiePath = "/api/v1/auth/oidc"
    let auth: AuthDependencies
    let client: OIDCClient

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("start", use: start)
        group.get("callback", use: callback)
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let next = request.uri.queryParameters.get("next") ?? "/"
        let started: OIDCStart
        do {
            started = try await client.start(returnTo: OIDCClient.isLocalPath(next) ? next : "/")
        } catch {
            context.logger.notice("sso.failed", metadata: ["sso.problem": "start", "error": "\(Self.reason(error))"])
            return Response(status: .found, headers: [.location: "/signin?problem=\(SignInProblem.failed.rawValue)"])
        }
        var response = Response(status: .found, headers: [.location: started.authorizationURL.absoluteString])
        response.headers[.cacheControl] = "no-store"
        response.setCookie(stateCookie(started.state, maxAge: 600, request: request))
        return response
    }

    /// Finishes the sign-in; a failure sends the browser back to the sign-in page with a fixed explanation.
    @Sendable func callback(_ request: Request, context: AppRequestContext) async throws -> Response {
        do {
            return try await finish(request, context: context)
        } catch {
            let problem = Self.problem(for: error)
            context.logger.notice(
                "sso.failed", metadata: ["sso.problem": "\(problem.rawValue)", "error": "\(Self.reason(error))"])
            var response = Response(status: .found, headers: [.location: "/signin?problem=\(problem.rawValue)"])
            response.headers[.cacheControl] = "no-store"
            response.setCookie(stateCookie("", maxAge: 0, request: request))
            return response
        }
    }

    /// What the sign-in page says about `error`.
    static func problem(for error: any Error) -> SignInProblem {
        switch error {
        case OIDCError.stateMismatch, OIDCError.stateInvalid, OIDCError.stateExpired, OIDCError.invalidReturnPath:
            .expired
        case OIDCError.authorizationDenied: .denied
        case OIDCError.emailNotVerified, is AccountError: .noAccount
        default: .failed
        }
    }

    /// A loggable reason: OIDC and account errors describe themselves without secrets; others by type only.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as OIDCError: error.description
        case let error as AccountError: error.description
        case let error as APIError: error.message
        default: String(reflecting: type(of: error))
        }
    }

    private func finish(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        if let error = query.get("error") { throw OIDCError.authorizationDenied(error: error) }
        guard let code = query.get("code"), let state = query.get("state") else {
            throw APIError(
                status: .badRequest, code: "invalid_callback", message: "The sign-in response has no code or state.")
        }
        let expected = request.cookies[Self.stateCookie]?.value ?? ""
        let identity = try await client.finish(code: code, state: state, expectedState: expected)
        let tokens = try await auth.service.signIn(
            with: SingleSignOnIdentity(
                issuer: identity.issuer, subject: identity.subject, email: identity.email,
                emailVerified: identity.emailVerified, name: identity.name),
            origin: auth.origin(request, context: context))
        var response = Response(status: .found, headers: [.location: identity.returnTo])
        response.headers[.cacheControl] = "no-store"
        SessionCookies.set(tokens, on: &response, request: request, now: auth.service.clock.now())
        response.setCookie(stateCookie("", maxAge: 0, request: request))
        return response
    }

    private func stateCookie(_ value: String, maxAge: Int, request: Request) -> Cookie {
        Cookie(
            name: Self.stateCookie, value: value, maxAge: maxAge, path: Self.cookiePath,
            secure: SessionCookies.isSecure(request), httpOnly: true, sameSite: .lax)
    }
}
