import Foundation
import Hummingbird
import PiperAuth
import PiperCore

/// `/api/v1/auth`: the routes used before anyone is signed in — status, sign-up, sign-in, refresh,
/// sign-out and password reset by code. Sessions come back as tokens or as cookies, as asked.
struct AuthController: Sendable {
    let auth: AuthDependencies

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("status", use: status)
        group.post("signup", use: signUp)
        group.post("signin", use: signIn)
        group.post("refresh", use: refresh)
        group.post("signout", use: signOut)
        group.post("password-reset", use: resetPassword)
    }

    @Sendable func status(_ request: Request, context: AppRequestContext) async throws -> AuthStatusDTO {
        let signedIn = (try? await Authenticator(auth).authenticate(request, context: context))?.credential
        return AuthStatusDTO(
            mode: auth.isLocalMode ? "local" : "accounts", signedIn: signedIn != nil && signedIn != .local,
            singleSignOn: auth.singleSignOn?.settings.displayName)
    }

    @Sendable func signUp(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await request.decodeBody(SignUpBody.self, context: context)
        let zone = body.timeZone ?? "UTC"
        guard TimeZone(identifier: zone) != nil else {
            throw APIError(
                status: .unprocessableContent, code: "invalid_time_zone", message: "“\(zone)” is not a time zone.")
        }
        let tokens = try await auth.service.signUp(
            SignUpRequest(
                displayName: body.name, email: body.email, username: body.username, password: body.password,
                invitation: body.invitation, timeZone: zone, workspaceName: body.workspaceName),
            origin: auth.origin(request, context: context))
        return try PrivateResponse.session(
            tokens, delivery: body.session ?? .token, status: .created, auth: auth, request: request, context: context)
    }

    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await request.decodeBody(SignInBody.self, context: context)
        let tokens = try await auth.service.signIn(
            identifier: body.identifier, password: body.password,
            workspace: try body.workspaceId.map(Workspace.ID.parsed), origin: auth.origin(request, context: context))
        return try PrivateResponse.session(
            tokens, delivery: body.session ?? .token, auth: auth, request: request, context: context)
    }

    @Sendable func refresh(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try? await request.decode(as: RefreshBody.self, context: context)
        let cookie = request.cookies[SessionCookies.refreshName]?.value
        guard let token = body?.refreshToken ?? cookie, !token.isEmpty else {
            throw APIError(status: .unauthorized, code: "session_expired", message: "No refresh token was sent.")
        }
        let delivery = body?.session ?? (body?.refreshToken == nil ? .cookie : .token)
        do {
            let tokens = try await auth.service.refresh(token, origin: auth.origin(request, context: context))
            return try PrivateResponse.session(
                tokens, delivery: delivery, auth: auth, request: request, context: context)
        } catch let error as AccountError where delivery == .cookie {
            throw ClearingCookies(underlying: error)
        }
    }

    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let authentication = try? await Authenticator(auth).authenticate(request, context: context) {
            try await auth.service.signOut(authentication, origin: auth.origin(request, context: context))
        }
        var response = Response(status: .noContent)
        SessionCookies.clear(on: &response, request: request)
        return response
    }

    @Sendable func resetPassword(_ request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let body = try await request.decodeBody(ResetBody.self, context: context)
        try await auth.service.resetPassword(
            code: body.code, new: body.newPassword, origin: auth.origin(request, context: context))
        return .noContent
    }
}

/// A refresh failure of the web UI: its stale cookies are cleared along with the error.
struct ClearingCookies: Error {
    var underlying: AccountError
}
