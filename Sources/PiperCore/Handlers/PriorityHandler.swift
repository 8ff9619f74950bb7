/// "What should I focus on?" from standing priorities, reminders due soon and open todos.
enum PriorityHandler {
    static let handle: ActionHandler = { context in
        let summary = try await PendingSummary.gather(context)
        let wording = TimeWording(timeZone: context.timeZone)
        var lines: [String] = []
        var items: [ListItem] = []
        if let priority = summary.context.priorities.first {
            lines.append("Your top standing priority is “\(priority)”.")
            items.append(ListItem(priority, detail: "standing priority from your context document"))
        }
        if let soon = summary.upcomingReminders.first {
            items.append(
                ListItem(soon.text, detail: "reminder \(wording.describe(soon.dueAt, relativeTo: context.now))"))
        }
        if let matching = relatedTodo(summary) ?? summary.openTodos.first {
            lines.append("The todo to pick up first is #\(matching.number) “\(matching.title)”.")
            items.append(ListItem("#\(matching.number) \(matching.title)", detail: "open todo"))
        }
        guard !items.isEmpty else {
            return .reply(
                Reply(
                    """
                    I don't have anything to go on yet: no open todos, no reminders and no standing priorities. \
                    Tell me your priorities in "About me" (or say "add a todo …") and I'll help you choose.
                    """, provenance: summary.provenance))
        }
        if !summary.context.focus.isEmpty { lines.append("That fits your current focus: \(summary.context.focus).") }
        return .reply(
            Reply(
                lines.joined(separator: " "), blocks: [.list(title: "Focus", items: items)],
                provenance: summary.provenance))
    }

    /// The open todo that shares the most words with the top standing priority.
    private static func relatedTodo(_ summary: PendingSummary) -> Todo? {
        guard let priority = summary.context.priorities.first else { return nil }
        let words = TextNormalization.words(priority).filter { $0.count > 3 }
        return summary.openTodos
            .map { ($0, FuzzyWords.score(query: words, candidate: $0.title)) }
            .filter { $0.1 > 0 }
            .max { $0.1 < $1.1 }?.0
    }
}
