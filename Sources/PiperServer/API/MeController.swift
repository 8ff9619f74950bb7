import Hummingbird
import PiperCore

/// `GET /api/v1/me`: who is signed in.
struct MeController: Sendable {
    let engine: EngineDependencies

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get("me", use: me)
    }

    @Sendable func me(_ request: Request, context: PrincipalContext) async throws -> MeDTO {
        let principal = context.principal
        guard let user = try await engine.accounts.user(principal.userID),
            let workspace = try await engine.accounts.workspace(principal.workspaceID)
        else { throw APIError(status: .unauthorized, code: "unauthorized", message: "Your account no longer exists.") }
        return MeDTO(
            user: .init(id: user.id.description, name: user.displayName, email: user.email),
            workspace: .init(id: workspace.id.description, name: workspace.name), timeZone: user.timeZone)
    }
}
