import Foundation

/// Reads one category of the user's context for the floor; a failure becomes a `failed` section, never a
/// failed turn.
enum ContextGatherers {
    /// How many recent turns of the conversation the floor sees.
    static let recentTurnCount = 12
    /// How many todos, projects or reminders the floor lists.
    static let itemLimit = 15
    /// How many earlier conversations are searched for related requests.
    static let pastConversationLimit = 12
    /// How many of each earlier conversation's latest turns are searched.
    static let pastTurnLimit = 60

    /// Reads `category` for the turn in `context`.
    static func gather(_ category: ContextCategory, _ context: HandlerContext) async -> ContextSection {
        do {
            let lines = try await lines(of: category, context)
            return ContextSection(category, lines.isEmpty ? .checkedEmpty : .found(lines))
        } catch {
            context.dependencies.logger.warning(
                "floor.context_failed",
                metadata: ["context.category": "\(category)", "error.type": "\(type(of: error))"])
            return ContextSection(category, .failed("it could not be read just now"))
        }
    }

    private static func lines(of category: ContextCategory, _ context: HandlerContext) async throws -> [String] {
        switch category {
        case .personalContext: try await personalContext(context)
        case .recentTurns: try await recentTurns(context)
        case .todos: try await todos(context)
        case .projects: try await projects(context)
        case .reminders: try await reminders(context)
        case .pastRequests: try await pastRequests(context)
        }
    }

    static func personalContext(_ context: HandlerContext) async throws -> [String] {
        let document = try await context.dependencies.preferences.context(context.scope)
        var lines: [String] = []
        if !document.role.isEmpty { lines.append("Role: \(document.role)") }
        if !document.focus.isEmpty { lines.append("Current focus: \(document.focus)") }
        for (rank, priority) in document.priorities.enumerated() { lines.append("Priority \(rank + 1): \(priority)") }
        if !document.notes.isEmpty { lines.append("Notes: \(document.notes)") }
        return lines
    }

    static func recentTurns(_ context: HandlerContext) async throws -> [String] {
        let turns = try await context.dependencies.conversations.latestTurns(
            context.scope, context.request.conversationID, recentTurnCount)
        return turns.map { turn in
            let speaker = turn.speaker == .user ? context.user.displayName : "Piper"
            return "\(speaker): \(turn.text.prefix(400))"
        }
    }

    static func todos(_ context: HandlerContext) async throws -> [String] {
        let wording = TimeWording(timeZone: context.timeZone)
        let todos = try await context.dependencies.todos.list(context.scope, [.open, .done])
        let open = todos.filter { $0.status == .open }.prefix(itemLimit).map { "Open todo #\($0.number): \($0.title)" }
        let weekAgo = context.now.addingTimeInterval(-7 * 86_400)
        let done = todos.filter { $0.status == .done && ($0.completedAt ?? .distantPast) >= weekAgo }
            .prefix(itemLimit)
            .map { "Done \(wording.describe($0.completedAt ?? context.now, relativeTo: context.now)): \($0.title)" }
        return open + done
    }

    static func projects(_ context: HandlerContext) async throws -> [String] {
        let projects = try await context.dependencies.projects.list(context.scope, [.active])
        return projects.prefix(itemLimit).map { project in
            project.repositories.isEmpty
                ? "Project: \(project.name)"
                : "Project: \(project.name) (repositories: \(project.repositories.joined(separator: ", ")))"
        }
    }

    static func reminders(_ context: HandlerContext) async throws -> [String] {
        let wording = TimeWording(timeZone: context.timeZone)
        let reminders = try await context.dependencies.reminders.list(context.scope, [.pending])
        return reminders.prefix(itemLimit).map {
            "Reminder \(wording.describe($0.dueAt, relativeTo: context.now)): \($0.text)"
        }
    }

    /// The user's messages in other recent conversations that share a meaningful word with this one.
    static func pastRequests(_ context: HandlerContext) async throws -> [String] {
        let words = Set(TextNormalization.words(context.text).filter { $0.count > 3 })
        guard !words.isEmpty else { return [] }
        let conversations = try await context.dependencies.conversations.list(
            context.scope, Page(limit: pastConversationLimit))
        var found: [String] = []
        for conversation in conversations where conversation.id != context.request.conversationID {
            let turns = try await context.dependencies.conversations.latestTurns(
                context.scope, conversation.id, pastTurnLimit)
            for turn in turns where turn.speaker == .user {
                let shared = Set(TextNormalization.words(turn.text)).intersection(words)
                if !shared.isEmpty { found.append("In “\(conversation.title)”: \(turn.text.prefix(300))") }
            }
            if found.count >= 8 { break }
        }
        return Array(found.prefix(8))
    }
}
