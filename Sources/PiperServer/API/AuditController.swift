import Hummingbird
import PiperCore

/// `GET /api/v1/audit`: the signed-in user's own audit entries, or with `scope=workspace` every entry of
/// the workspace (owners and admins only).
struct AuditController: Sendable {
    let audit: AuditLog

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get(use: list)
    }

    @Sendable func list(_ request: Request, context: PrincipalContext) async throws -> AuditListDTO {
        let page = Page(
            limit: request.uri.queryParameters.get("limit", as: Int.self) ?? 50,
            offset: request.uri.queryParameters.get("offset", as: Int.self) ?? 0)
        switch request.uri.queryParameters.get("scope") ?? "me" {
        case "me":
            return AuditListDTO(events: try await audit.entries(context.scope, page).map(AuditEventDTO.init))
        case "workspace":
            try context.requireAdministrator()
            return AuditListDTO(
                events: try await audit.workspaceEntries(context.principal.workspaceID, page).map(AuditEventDTO.init))
        default:
            throw APIError(status: .badRequest, code: "invalid_scope", message: "scope must be me or workspace.")
        }
    }
}

/// An audit entry on the wire.
struct AuditEventDTO: Codable {
    var id: String
    var action: String
    var target: String
    var userId: String
    var actorId: String?
    var requestId: String?
    var detail: String?
    var createdAt: String

    init(_ event: AuditEvent) {
        id = event.id.description
        action = event.action.rawValue
        target = event.target
        userId = event.scope.owner.description
        actorId = event.actor?.description
        requestId = event.requestID
        detail = event.detail
        createdAt = WireDate.text(event.createdAt)
    }
}

/// A page of audit entries, newest first.
struct AuditListDTO: ResponseEncodable, Decodable {
    var events: [AuditEventDTO]
}
