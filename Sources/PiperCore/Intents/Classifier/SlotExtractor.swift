import Foundation

/// Finds slot values in a message with rules that know which action the message was classified as.
package struct SlotExtractor: Sendable {
    /// The hour a time phrase without a time of day resolves to.
    package let defaultHour: Int

    /// Creates an extractor.
    package init(defaultHour: Int = 9) {
        self.defaultHour = defaultHour
    }

    /// Actions whose messages carry a time that matters.
    static let timedActions: Set<String> = [
        "create_reminder", "list_reminders", "changes_since", "find_free_time", "get_agenda", "meeting_load",
    ]

    /// The slots of `text` read as `action`; `now` and `timeZone` anchor the `when` phrase.
    package func slots(in text: String, action: String, now: Date, timeZone: TimeZone) -> Slots {
        let words = SlotText(text)
        var slots = Slots()
        slots.repo = repository(in: words)
        slots.tracker = tracker(in: words)
        slots.issueNumber = issueNumber(in: words, action: action)
        let isTimed = Self.timedActions.contains(action)
        let timeRange = isTimed ? timePhrase(in: words, action: action, now: now, timeZone: timeZone) : nil
        slots.when = timeRange.map { Self.trimmedTimePhrase(words.value(of: $0)) }
        let taken = Set(timeRange.map(Array.init) ?? [])
        slots.text = self.text(in: words, action: action, excluding: taken)
        slots.todoRef = todoReference(in: words, action: action)
        slots.person = person(in: words, action: action)
        slots.document = document(in: words, action: action)
        slots.project = project(in: words, action: action, slots: slots)
        return slots
    }

    /// A time phrase without a trailing possessive: "Thursday's" → "Thursday".
    static func trimmedTimePhrase(_ phrase: String) -> String {
        phrase.hasSuffix("'s") ? String(phrase.dropLast(2)) : phrase
    }
}
