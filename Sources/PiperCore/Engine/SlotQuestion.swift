/// The question Piper asks when a required detail is missing.
package enum SlotQuestion {
    /// A short question for `slot` in the context of `action`.
    package static func question(for slot: SlotName, action: ActionName) -> String {
        switch (slot, action) {
        case (.when, _): "When should I remind you? For example \"tomorrow at 9\" or \"in 2 hours\"."
        case (.text, .createReminder): "What should I remind you about?"
        case (.text, .createTodo): "What should the todo say?"
        case (.text, _): "What should it say?"
        case (.todoRef, _): "Which todo? Give me its number or a few words from it."
        case (.project, .addProject): "What should the project be called?"
        case (.project, _): "Which project?"
        case (.repo, _): "Which repository? Write it as owner/name, for example acme/web."
        case (.issueNumber, _): "Which issue number?"
        case (.tracker, _): "Which tracker — GitHub, Jira or Linear?"
        case (.person, _): "Who is it for?"
        case (.document, _): "Which document?"
        }
    }
}
