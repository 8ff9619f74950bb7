import Foundation

/// Creating and listing reminders; they fire through the reminder scheduler.
enum ReminderHandlers {
    static let create: ActionHandler = { context in
        let parser = NaturalTimeParser(timeZone: context.timeZone)
        let phrase = context.slots.when ?? ""
        guard
            let due = parser.date(from: phrase, now: context.now)
                ?? parser.firstMatch(in: phrase, now: context.now)?.date
        else {
            var pinned = context.slots
            pinned.when = nil
            return .ask(
                slot: .when,
                question:
                    "I couldn't read “\(phrase)” as a time. When should I remind you? For example \"tomorrow at 9\".",
                pinned: pinned)
        }
        guard due > context.now else { throw ReminderError.invalidTime(phrase) }
        let dictated = context.slots.text ?? ""
        let text = ReminderText.clean(dictated)
        let preposition = ReminderText.preposition(for: dictated)
        guard (1...500).contains(text.count) else { throw ReminderError.invalidText }
        let wording = TimeWording(timeZone: context.timeZone)
        if context.consent != .proceed {
            return .confirm(
                prompt: "Set a reminder “\(text)” for \(wording.describe(due, relativeTo: context.now))?",
                pinned: context.slots, confirmLabel: "Set it")
        }
        let reminder = Reminder(
            id: context.dependencies.ids.next(), scope: context.scope, conversationID: context.request.conversationID,
            text: text, dueAt: due, status: .pending, createdAt: context.now)
        try await context.dependencies.reminders.insert(reminder)
        return .reply(
            Reply(
                "Okay — I'll remind you \(preposition) \(text) \(wording.describe(due, relativeTo: context.now)).",
                activity: [Reply.Activity(.created, .reminder, id: reminder.id.description, label: text)]))
    }

    static let list: ActionHandler = { context in
        let reminders = try await context.dependencies.reminders.list(context.scope, [.pending])
        guard !reminders.isEmpty else {
            return .reply(
                Reply(
                    "You have no pending reminders.",
                    provenance: [ProvenanceEntry(source: "your reminders", detail: "none pending", outcome: .empty)]))
        }
        let wording = TimeWording(timeZone: context.timeZone)
        return .reply(
            Reply(
                "You have \(Plural.count(reminders.count, "pending reminder")):",
                blocks: [
                    .list(
                        title: "Reminders",
                        items: reminders.map {
                            ListItem($0.text, detail: wording.describe($0.dueAt, relativeTo: context.now))
                        })
                ],
                provenance: [
                    ProvenanceEntry(source: "your reminders", detail: Plural.count(reminders.count, "pending reminder"))
                ],
                activity: reminders.prefix(20).map {
                    Reply.Activity(.showed, .reminder, id: $0.id.description, label: $0.text)
                }))
    }
}

/// Cleans a dictated reminder: "to call Sam" → "call Sam".
enum ReminderText {
    /// "about" for a subject ("about the board deck"), "to" for an action ("to call Sam").
    static func preposition(for dictated: String) -> String {
        let first = TextNormalization.words(dictated).first ?? ""
        return ["about", "the", "a", "an", "my", "our", "this", "that", "re", "regarding"].contains(first)
            ? "about" : "to"
    }

    static func clean(_ text: String) -> String {
        var cleaned = text.trimmingCharacters(in: .whitespacesAndNewlines.union(["\"", "“", "”", ".", ","]))
        for prefix in ["to ", "about ", "that i need to ", "that ", "me to ", "i need to "]
        where cleaned.lowercased().hasPrefix(prefix) && cleaned.count > prefix.count {
            cleaned = String(cleaned.dropFirst(prefix.count))
        }
        return cleaned
    }
}
