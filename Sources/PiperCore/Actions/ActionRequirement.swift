/// What a not-yet-working action waits for, in words a user can act on.
package enum ActionRequirement {
    /// A connected issue tracker.
    package static let tracker = ActionAvailability.needs(
        "a connected issue tracker (GitHub, Jira or Linear) — connect one under Settings → Integrations")
    /// A connected calendar.
    package static let calendar = ActionAvailability.needs(
        "a connected calendar (an iCalendar feed or Google Calendar) — add one under Settings → Integrations")
    /// A document source.
    package static let documents = ActionAvailability.needs(
        "a document source (uploaded files or Notion) — add one under Settings → Documents")
    /// A language model for drafting and advice.
    package static let languageModel = ActionAvailability.needs(
        "a language model for drafting and advice — add your own API key under Models in the web chat, or ask whoever runs Piper to configure one"
    )
    /// Long-term memory across conversations.
    package static let memory = ActionAvailability.needs(
        "long-term memory, which is not switched on in this installation yet")
    /// Tracker activity plus a model to write it up.
    package static let trackerAndModel = ActionAvailability.needs(
        "a connected issue tracker and a language model to draft from your activity — connect them under Settings")
}
