import Hummingbird
import PiperCore

/// `/api/v1/context`: the signed-in user's personal context document.
struct ContextController: Sendable {
    let engine: EngineDependencies

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get(use: show)
        group.put(use: replace)
    }

    struct ContextBody: Decodable {
        var role: String?
        var focus: String?
        var priorities: [String]?
        var notes: String?
    }

    @Sendable func show(_ request: Request, context: PrincipalContext) async throws -> ContextDTO {
        ContextDTO(try await engine.preferences.context(context.scope))
    }

    @Sendable func replace(_ request: Request, context: PrincipalContext) async throws -> ContextDTO {
        let body = try await request.decodeBody(ContextBody.self, context: context)
        let document = try PersonalContext(
            role: body.role ?? "", focus: body.focus ?? "", priorities: body.priorities ?? [], notes: body.notes ?? ""
        ).validated(at: engine.clock.now())
        try await engine.preferences.saveContext(context.scope, document)
        return ContextDTO(document)
    }
}
