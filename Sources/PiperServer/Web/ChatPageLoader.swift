import Foundation
import PiperAuth
import PiperCore

/// Gathers what the chat page shows on first load, all within the principal's scope.
struct ChatPageLoader: Sendable {
    let engine: EngineDependencies
    let version: String

    func model(_ authentication: Authentication, selecting id: Conversation.ID?) async throws -> ChatPageModel {
        let principal = authentication.principal
        let scope = principal.scope
        let user = try await engine.accounts.user(principal.userID)
        let workspace = try await engine.accounts.workspace(principal.workspaceID)
        let timeZone = TimeZoneName.resolve(user?.timeZone ?? "UTC")
        let wording = TimeWording(timeZone: timeZone)
        let now = engine.clock.now()
        let conversations = try await engine.conversations.list(scope, Page(limit: 100))
        var turns: [Turn] = []
        var isAwaitingAnswer = false
        if let id {
            turns = try await engine.conversations.turns(scope, id, 0, Page.maximumLimit)
            isAwaitingAnswer = try await engine.offers.current(scope, id) != nil
        }
        let lastPiperSequence = turns.last { $0.speaker == .piper }?.sequence
        return ChatPageModel(
            userName: user?.displayName ?? "",
            workspaceName: workspace?.name ?? "",
            version: version,
            conversations: conversations.map {
                ConversationLink(
                    id: $0.id.description, title: $0.title, updatedAt: wording.describe($0.updatedAt, relativeTo: now))
            },
            selectedConversationID: id?.description,
            turns: turns.map { turn in
                TurnView.from(turn, isPending: isAwaitingAnswer && turn.sequence == lastPiperSequence)
            },
            todos: try await engine.todos.list(scope, [.open]).map {
                TodoView(id: $0.id.description, number: $0.number, title: $0.title, isDone: false)
            },
            projects: try await engine.projects.list(scope, [.active, .archived]).map {
                ProjectView(
                    id: $0.id.description, name: $0.name, isArchived: $0.status == .archived,
                    repositories: $0.repositories)
            },
            reminders: try await engine.reminders.list(scope, [.pending]).map {
                ReminderView(id: $0.id.description, text: $0.text, due: wording.describe($0.dueAt, relativeTo: now))
            },
            role: principal.role.rawValue,
            isLocalUser: authentication.credential == .local
        )
    }
}

extension TurnView {
    /// The page's view of a stored turn; a confirmation is live only while Piper still waits for its answer.
    static func from(_ turn: Turn, isPending: Bool) -> TurnView {
        TurnView(
            id: turn.id.description, sequence: turn.sequence, role: turn.speaker.rawValue, text: turn.text,
            blocks: (turn.details?.blocks ?? []).map { block in
                switch block {
                case .list(let title, let items):
                    .list(title: title, items: items.map { ListItemView(text: $0.text, detail: $0.detail) })
                case .confirmation(let prompt, let options):
                    .confirmation(
                        prompt: prompt,
                        options: options.map { OptionView(label: $0.label, reply: $0.reply, style: $0.style.rawValue) },
                        isPending: isPending)
                case .citations(let citations):
                    .citations(citations)
                }
            })
    }
}
