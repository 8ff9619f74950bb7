import Foundation
import Hummingbird
import PiperAuth
import PiperCore

/// `GET /api/v1/me/export` (everything Piper holds about the caller, as JSON) and
/// `POST /api/v1/me/erase` (delete it). Both are audited.
struct PersonalDataController: Sendable {
    static let confirmation = "erase my data"
    let engine: EngineDependencies
    let auth: AuthDependencies
    let secrets: SecretStore?
    let usage: ModelUsageStore?

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get("export", use: export)
        group.post("erase", use: erase)
    }

    struct EraseBody: Decodable {
        var confirm: String
    }

    @Sendable func export(_ request: Request, context: PrincipalContext) async throws -> Response {
        let scope = context.scope
        let export = PersonalExportDTO(
            exportedAt: WireDate.text(engine.clock.now()), userId: scope.owner.description,
            workspaceId: scope.workspace.description,
            conversations: try await conversations(scope),
            todos: try await engine.todos.list(scope, Set(Todo.Status.allCases)).map(TodoDTO.init),
            projects: try await engine.projects.list(scope, Set(Project.Status.allCases)).map(ProjectDTO.init),
            reminders: try await engine.reminders.list(scope, Set(Reminder.Status.allCases)).map(ReminderDTO.init),
            context: ContextDTO(try await engine.preferences.context(scope)),
            secretNames: try await secrets?.list(scope).map(\.name.rawValue) ?? [],
            apiTokens: try await auth.service.apiTokens(of: context.principal).map(APITokenDTO.init),
            auditEvents: try await auditEvents(scope),
            modelUsage: try await modelUsage(scope))
        try await auth.service.record(
            .dataExported, about: scope, actor: scope.owner, target: scope.owner.description,
            origin: auth.origin(request, context: context))
        var response = try PrivateResponse.json(export, request: request, context: context)
        response.headers[.contentDisposition] = "attachment; filename=\"piper-export.json\""
        return response
    }

    @Sendable func erase(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        let body = try await request.decodeBody(EraseBody.self, context: context)
        guard body.confirm == Self.confirmation else {
            throw APIError(
                status: .unprocessableContent, code: "confirmation_required",
                message: "To erase your data, send {\"confirm\": \"\(Self.confirmation)\"}. Nothing was erased.")
        }
        try await auth.service.erasePersonalData(
            of: context.authentication, origin: auth.origin(request, context: context))
        return .noContent
    }

    private func conversations(_ scope: Scope) async throws -> [ExportedConversationDTO] {
        var all: [ExportedConversationDTO] = []
        var offset = 0
        while true {
            let page = try await engine.conversations.list(scope, Page(limit: Page.maximumLimit, offset: offset))
            for conversation in page {
                all.append(
                    ExportedConversationDTO(
                        conversation: ConversationDTO(conversation), turns: try await turns(scope, conversation.id)))
            }
            guard page.count == Page.maximumLimit else { return all }
            offset += page.count
        }
    }

    private func turns(_ scope: Scope, _ id: Conversation.ID) async throws -> [TurnDTO] {
        var all: [TurnDTO] = []
        var after = 0
        while true {
            let page = try await engine.conversations.turns(scope, id, after, Page.maximumLimit)
            all += page.map(TurnDTO.init)
            guard page.count == Page.maximumLimit, let last = page.last else { return all }
            after = last.sequence
        }
    }

    private func modelUsage(_ scope: Scope) async throws -> [UsageEntryDTO] {
        let rows = try await usage?.usage(scope, Date(timeIntervalSince1970: 0), .distantFuture, false) ?? []
        return rows.map { row in
            var figures = UsageFigures()
            figures.add(row)
            return UsageEntryDTO(
                figures, day: row.day, task: row.task.rawValue, provider: row.provider, model: row.model)
        }
    }

    private func auditEvents(_ scope: Scope) async throws -> [AuditEventDTO] {
        var all: [AuditEventDTO] = []
        while true {
            let page = try await auth.service.stores.audit.entries(
                scope, Page(limit: Page.maximumLimit, offset: all.count))
            all += page.map(AuditEventDTO.init)
            if page.count < Page.maximumLimit { return all }
        }
    }
}

struct ExportedConversationDTO: Encodable {
    var conversation: ConversationDTO
    var turns: [TurnDTO]
}

/// Everything Piper holds about one person in one workspace; secret values are never included.
struct PersonalExportDTO: ResponseEncodable {
    var exportedAt: String
    var userId: String
    var workspaceId: String
    var conversations: [ExportedConversationDTO]
    var todos: [TodoDTO]
    var projects: [ProjectDTO]
    var reminders: [ReminderDTO]
    var context: ContextDTO
    var secretNames: [String]
    var apiTokens: [APITokenDTO]
    var auditEvents: [AuditEventDTO]
    /// The person's model calls, totalled per UTC day, task and model.
    var modelUsage: [UsageEntryDTO]
}
