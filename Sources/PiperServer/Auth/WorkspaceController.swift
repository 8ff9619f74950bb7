import Foundation
import Hummingbird
import PiperAuth
import PiperCore

/// `/api/v1/workspace`: members, roles, invitations and password reset codes.
struct WorkspaceController: Sendable {
    let auth: AuthDependencies

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get("members", use: members)
        group.patch("members/:id", use: setRole)
        group.delete("members/:id", use: remove)
        group.post("members/:id/password-reset", use: issueReset)
        group.get("invitations", use: invitations)
        group.post("invitations", use: invite)
        group.delete("invitations/:id", use: revokeInvitation)
    }

    @Sendable func members(_ request: Request, context: PrincipalContext) async throws -> MemberListDTO {
        MemberListDTO(members: try await auth.service.members(for: context.authentication).map(MemberDTO.init))
    }

    @Sendable func setRole(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        let user = try context.pathID(User.self, resource: "member")
        let body = try await request.decodeBody(RoleBody.self, context: context)
        try await auth.service.setRole(
            of: user, to: body.role, by: context.authentication, origin: auth.origin(request, context: context))
        return .noContent
    }

    @Sendable func remove(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        let user = try context.pathID(User.self, resource: "member")
        try await auth.service.removeMember(
            user, by: context.authentication, origin: auth.origin(request, context: context))
        return .noContent
    }

    @Sendable func issueReset(_ request: Request, context: PrincipalContext) async throws -> Response {
        let user = try context.pathID(User.self, resource: "member")
        let reset = try await auth.service.issuePasswordReset(
            by: context.authentication, for: user, origin: auth.origin(request, context: context))
        return try PrivateResponse.json(
            ResetCodeDTO(code: reset.code, expiresAt: WireDate.text(reset.expiresAt)), status: .created,
            request: request, context: context)
    }

    @Sendable func invitations(_ request: Request, context: PrincipalContext) async throws -> InvitationListDTO {
        let now = auth.service.clock.now()
        return InvitationListDTO(
            invitations: try await auth.service.invitations(for: context.authentication).map {
                InvitationDTO($0, now: now)
            })
    }

    @Sendable func invite(_ request: Request, context: PrincipalContext) async throws -> Response {
        let body = try await request.decodeBody(InvitationBody.self, context: context)
        let made = try await auth.service.invite(
            by: context.authentication, email: body.email, role: body.role ?? .member,
            origin: auth.origin(request, context: context))
        let dto = CreatedInvitationDTO(
            invitation: InvitationDTO(made.invitation, now: auth.service.clock.now()), token: made.token,
            signUpPath: "/signin?invitation=\(made.token)")
        return try PrivateResponse.json(dto, status: .created, request: request, context: context)
    }

    @Sendable func revokeInvitation(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        let id = try context.pathID(Invitation.self, resource: "invitation")
        try await auth.service.revokeInvitation(
            id, by: context.authentication, origin: auth.origin(request, context: context))
        return .noContent
    }
}
