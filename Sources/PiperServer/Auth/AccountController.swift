import Foundation
import Hummingbird
import PiperAuth
import PiperCore

/// The signed-in user's own security: password change, sessions and personal API tokens.
struct AccountController: Sendable {
    let auth: AuthDependencies

    func register(auth group: RouterGroup<PrincipalContext>, tokens: RouterGroup<PrincipalContext>) {
        group.post("password", use: changePassword)
        group.get("sessions", use: sessions)
        group.delete("sessions/:id", use: endSession)
        tokens.get(use: listTokens)
        tokens.post(use: createToken)
        tokens.delete(":id", use: revokeToken)
    }

    @Sendable func changePassword(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        let body = try await request.decodeBody(PasswordChangeBody.self, context: context)
        try await auth.service.changePassword(
            context.authentication, current: body.currentPassword, new: body.newPassword,
            origin: auth.origin(request, context: context))
        return .noContent
    }

    @Sendable func sessions(_ request: Request, context: PrincipalContext) async throws -> SessionListDTO {
        let current: SignInSession.ID? =
            if case .session(let id) = context.authentication.credential { id } else { nil }
        let sessions = try await auth.service.sessions(of: context.principal)
        return SessionListDTO(
            sessions: sessions.map {
                SignInSessionDTO(
                    id: $0.id.description, method: $0.method.rawValue, current: $0.id == current, client: $0.client,
                    address: $0.address,
                    createdAt: WireDate.text($0.createdAt), lastUsedAt: WireDate.text($0.lastUsedAt))
            })
    }

    @Sendable func endSession(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        let id = try context.pathID(SignInSession.self, resource: "session")
        guard try await auth.service.sessions(of: context.principal).contains(where: { $0.id == id }) else {
            throw AccountError.notFound("session")
        }
        try await auth.service.signOut(
            Authentication(principal: context.principal, credential: .session(id)),
            origin: auth.origin(request, context: context))
        return .noContent
    }

    @Sendable func listTokens(_ request: Request, context: PrincipalContext) async throws -> APITokenListDTO {
        APITokenListDTO(tokens: try await auth.service.apiTokens(of: context.principal).map(APITokenDTO.init))
    }

    @Sendable func createToken(_ request: Request, context: PrincipalContext) async throws -> Response {
        let body = try await request.decodeBody(TokenCreateBody.self, context: context)
        let created = try await auth.service.createAPIToken(
            for: context.authentication, name: body.name, permission: body.permission ?? .write,
            days: body.expiresInDays, origin: auth.origin(request, context: context))
        return try PrivateResponse.json(
            CreatedTokenDTO(token: APITokenDTO(created.token), secret: created.secret), status: .created,
            request: request, context: context)
    }

    @Sendable func revokeToken(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        let id = try context.pathID(APIToken.self, resource: "token")
        try await auth.service.revokeAPIToken(
            id, by: context.authentication, origin: auth.origin(request, context: context))
        return .noContent
    }
}
