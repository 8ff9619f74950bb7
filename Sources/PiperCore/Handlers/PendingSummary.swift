import Foundation

/// What is waiting for the user: open todos, upcoming reminders and standing priorities.
struct PendingSummary: Sendable {
    var openTodos: [Todo]
    var upcomingReminders: [Reminder]
    var context: PersonalContext
    var provenance: [ProvenanceEntry]

    static func gather(_ context: HandlerContext) async throws -> PendingSummary {
        let dependencies = context.dependencies
        let todos = try await dependencies.todos.list(context.scope, [.open])
        let horizon = context.now.addingTimeInterval(24 * 3600)
        let reminders = try await dependencies.reminders.list(context.scope, [.pending]).filter { $0.dueAt <= horizon }
        let personal = try await dependencies.preferences.context(context.scope)
        let provenance = [
            ProvenanceEntry(
                source: "your todos", detail: Plural.count(todos.count, "open todo"),
                outcome: todos.isEmpty ? .empty : .used),
            ProvenanceEntry(
                source: "your reminders", detail: "\(reminders.count) in the next 24 hours",
                outcome: reminders.isEmpty ? .empty : .used),
            ProvenanceEntry(
                source: "your context document",
                detail: personal.priorities.isEmpty
                    ? "no standing priorities"
                    : Plural.count(personal.priorities.count, "standing priority", plural: "standing priorities"),
                outcome: personal.isEmpty ? .empty : .used),
        ]
        return PendingSummary(openTodos: todos, upcomingReminders: reminders, context: personal, provenance: provenance)
    }

    /// One or two sentences about what is pending, or `nil` when nothing is.
    func sentence(wording: TimeWording, now: Date) -> String? {
        var parts: [String] = []
        if let first = openTodos.first {
            parts.append("\(Plural.count(openTodos.count, "open todo")) (next: #\(first.number) “\(first.title)”)")
        }
        if let reminder = upcomingReminders.first {
            parts.append("a reminder “\(reminder.text)” \(wording.describe(reminder.dueAt, relativeTo: now))")
        }
        guard !parts.isEmpty else { return nil }
        return "You have " + parts.joined(separator: " and ") + "."
    }
}
