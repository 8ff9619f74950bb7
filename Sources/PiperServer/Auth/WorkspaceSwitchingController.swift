import Foundation
import Hummingbird
import PiperAuth
import PiperCore

/// The caller's workspaces: list them, accept an invitation to another, and switch between them.
struct WorkspaceSwitchingController: Sendable {
    let auth: AuthDependencies

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get("workspaces", use: workspaces)
        group.post("invitations/accept", use: accept)
        group.post("switch", use: switchWorkspace)
    }

    @Sendable func workspaces(_ request: Request, context: PrincipalContext) async throws -> WorkspaceListDTO {
        let current = context.principal.workspaceID
        return WorkspaceListDTO(
            workspaces: try await auth.service.workspaces(of: context.principal.userID).map {
                WorkspaceMembershipDTO(
                    workspaceId: $0.workspace.id.description, name: $0.workspace.name, role: $0.role.rawValue,
                    current: $0.workspace.id == current)
            })
    }

    @Sendable func accept(_ request: Request, context: PrincipalContext) async throws -> Response {
        let body = try await request.decodeBody(AcceptInvitationBody.self, context: context)
        let membership = try await auth.service.acceptInvitation(
            body.invitation, by: context.authentication, origin: auth.origin(request, context: context))
        let workspace = try await auth.service.stores.accounts.workspace(membership.workspaceID)
        return try PrivateResponse.json(
            WorkspaceMembershipDTO(
                workspaceId: membership.workspaceID.description, name: workspace?.name ?? "",
                role: membership.role.rawValue, current: false),
            status: .created, request: request, context: context)
    }

    @Sendable func switchWorkspace(_ request: Request, context: PrincipalContext) async throws -> Response {
        let body = try await request.decodeBody(SwitchWorkspaceBody.self, context: context)
        let tokens = try await auth.service.switchWorkspace(
            to: try Workspace.ID.parsed(body.workspaceId), by: context.authentication,
            origin: auth.origin(request, context: context))
        return try PrivateResponse.session(
            tokens, delivery: body.session ?? .token, auth: auth, request: request, context: context)
    }
}
