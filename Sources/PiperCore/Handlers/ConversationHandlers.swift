import Foundation

/// Greetings, goodbyes and thanks — aware of the time of day and what is pending.
enum ConversationHandlers {
    static let greeting: ActionHandler = { context in
        let wording = TimeWording(timeZone: context.timeZone)
        let summary = try await PendingSummary.gather(context)
        let salutation =
            switch wording.partOfDay(context.now) {
            case .morning: "Good morning"
            case .afternoon: "Good afternoon"
            case .evening: "Good evening"
            case .night: "Hello"
            }
        var text = "\(salutation), \(context.user.displayName)."
        if let pending = summary.sentence(wording: wording, now: context.now) { text += " " + pending }
        if let priority = summary.context.priorities.first { text += " Your top priority is “\(priority)”." }
        if summary.openTodos.isEmpty && summary.upcomingReminders.isEmpty { text += " What are we working on today?" }
        return .reply(Reply(text, provenance: summary.provenance))
    }

    static let farewell: ActionHandler = { context in
        let wording = TimeWording(timeZone: context.timeZone)
        let reminders = try await context.dependencies.reminders.list(context.scope, [.pending])
        var text = "Bye for now, \(context.user.displayName)."
        if let next = reminders.first {
            text += " Your next reminder is “\(next.text)” \(wording.describe(next.dueAt, relativeTo: context.now))."
        }
        return .reply(
            Reply(
                text,
                provenance: [
                    ProvenanceEntry(
                        source: "your reminders", detail: Plural.count(reminders.count, "pending reminder"),
                        outcome: reminders.isEmpty ? .empty : .used)
                ]))
    }

    static let thanks: ActionHandler = { _ in
        .reply(Reply("You're welcome — happy to help. Anything else?"))
    }
}
