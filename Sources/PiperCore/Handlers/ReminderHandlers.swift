import Foundation

/// Creating and listing reminders; they fire through the reminder scheduler.
enum ReminderHandlers {
    static let create: ActionHandler = { context in
        let phrase = context.slots.when ?? ""
        guard Reminder.time(in: phrase, now: context.now, timeZone: context.timeZone) != nil else {
            var pinned = context.slots
            pinned.when = nil
            return .ask(
                slot: .when,
                question:
                    "I couldn't read “\(phrase)” as a time. When should I remind you? For example \"tomorrow at 9\".",
                pinned: pinned)
        }
        let due = try Reminder.dueTime(exact: nil, phrase: phrase, now: context.now, timeZone: context.timeZone)
        let dictated = context.slots.text ?? ""
        let text = try Reminder.validatedText(ReminderText.clean(dictated))
        let preposition = ReminderText.preposition(for: dictated)
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
        DictatedText.dropping(
            leading: ["to ", "about ", "that i need to ", "that ", "me to ", "i need to "],
            from: DictatedText.trimmed(text, punctuation: [".", ","]))
    }
}
