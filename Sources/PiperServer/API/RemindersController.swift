import Foundation
import Hummingbird
import PiperCore

/// `/api/v1/reminders`: the signed-in user's reminders.
struct RemindersController: Sendable {
    let engine: EngineDependencies

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get(use: list)
        group.post(use: create)
        group.delete(":id", use: cancel)
    }

    @Sendable func list(_ request: Request, context: PrincipalContext) async throws -> ReminderListDTO {
        let statuses = try request.statusFilter(Reminder.Status.self, default: "pending")
        return ReminderListDTO(
            reminders: try await engine.reminders.list(context.scope, statuses).map(ReminderDTO.init))
    }

    @Sendable func create(_ request: Request, context: PrincipalContext) async throws -> EditedResponse<ReminderDTO> {
        let body = try await request.decodeBody(NewReminderDTO.self, context: context)
        let now = engine.clock.now()
        let timeZone = try await userTimeZone(context)
        let exact = try body.dueAt.map { text in
            guard let date = WireDate.parse(text) else { throw ReminderError.invalidTime(text) }
            return date
        }
        let due = try Reminder.dueTime(exact: exact, phrase: body.when, now: now, timeZone: timeZone)
        let conversationID = try await conversation(body.conversationId, context: context)
        let reminder = Reminder(
            id: engine.ids.next(), scope: context.scope, conversationID: conversationID,
            text: try Reminder.validatedText(body.text), dueAt: due, status: .pending, createdAt: now)
        try await engine.reminders.insert(reminder)
        return EditedResponse(status: .created, response: ReminderDTO(reminder))
    }

    @Sendable func cancel(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        _ = try await engine.reminders.cancel(context.scope, try context.pathID(Reminder.self, resource: "reminder"))
        return .noContent
    }

    private func userTimeZone(_ context: PrincipalContext) async throws -> TimeZone {
        let user = try await engine.accounts.user(context.principal.userID)
        return TimeZoneName.resolve(user?.timeZone ?? "UTC")
    }

    /// The conversation to post into: the named one (which must be the user's), else none (the latest at firing).
    private func conversation(_ text: String?, context: PrincipalContext) async throws -> Conversation.ID? {
        guard let text else { return nil }
        guard let id = Conversation.ID(uuidString: text),
            try await engine.conversations.find(context.scope, id) != nil
        else { throw APIError(status: .notFound, code: "not_found", message: "No conversation \(text).") }
        return id
    }
}
