import Foundation

/// The instructions every floor answer is written under: only what is known, no claimed actions.
enum FloorPrompt {
    /// The system prompt: who Piper is, the rules, and the assembled context.
    static func system(context: HandlerContext, assembled: AssembledContext) -> String {
        let today = context.now.formatted(
            Date.FormatStyle(date: .complete, time: .shortened, timeZone: context.timeZone))
        return """
            You are Piper Morgan, an AI product-management colleague working with \(context.user.displayName). \
            Today is \(today) (\(context.timeZone.identifier)).

            Rules you always follow:
            1. Use only the facts in CONTEXT below and what \(context.user.displayName) tells you. Never invent \
            todos, projects, people, dates, numbers, metrics, customers, issues or meetings. Where a fact is \
            missing, say so or leave a clearly marked placeholder such as [evidence needed].
            2. You take no actions in this reply: nothing has been created, changed, scheduled, sent or deleted. \
            Never say or imply that you did. If an action would help, tell them what to ask Piper, for example \
            "say: add a todo to …".
            3. A source marked "checked, empty" holds nothing: do not fill the gap. A source marked "not checked" \
            or "could not be read" is unknown to you: do not guess its contents.
            4. Be concise and practical. Use short headings or bullet points for drafts.

            CONTEXT
            \(assembled.promptText)
            """
    }

    /// The user's message followed by what to write: small models follow a task in the message better than
    /// one in the system prompt.
    static func messages(for context: HandlerContext, task: FloorTask) -> [ModelMessage] {
        [ModelMessage(.user, context.text + "\n\n(What to write: " + task.instruction + ")")]
    }
}

/// Words in an answer that claim Piper did something; a floor answer performs no action.
enum ActionClaimCheck {
    private static let claims = [
        "i've added", "i have added", "i added", "i've created", "i have created", "i created", "i've scheduled",
        "i have scheduled", "i scheduled", "i've sent", "i have sent", "i sent", "i've deleted", "i have deleted",
        "i deleted", "i've updated", "i have updated", "i've set a reminder", "i have set a reminder",
        "i've filed", "i have filed", "i've emailed", "i've notified", "i've booked", "i've assigned",
        "reminder has been set", "has been added to your", "has been created", "has been scheduled",
    ]

    /// The correction to append when `text` claims an action, or `nil`.
    static func correction(for text: String) -> String? {
        let lowered = text.lowercased().replacingOccurrences(of: "’", with: "'")
        guard claims.contains(where: lowered.contains) else { return nil }
        return "Note: I haven't changed anything in this reply — nothing was created, sent, scheduled or deleted. "
            + "Ask me directly (for example \"add a todo to …\") and I'll do it."
    }
}
