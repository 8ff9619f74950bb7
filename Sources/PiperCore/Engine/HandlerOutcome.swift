/// What a handler decided: answer, ask for a yes, or ask for a missing detail.
package enum HandlerOutcome: Hashable, Sendable {
    /// The answer, the action done (or honestly not done).
    case reply(Reply)
    /// A yes/no question quoting the target; the action runs with `pinned` slots on a crisp yes.
    case confirm(prompt: String, pinned: Slots, confirmLabel: String)
    /// A question for a missing detail; the answer fills `slot` and the action runs again with `pinned`.
    case ask(slot: SlotName, question: String, pinned: Slots)
}

extension HandlerOutcome {
    /// Whether the outcome leaves a new pending question, which replaces the conversation's earlier one.
    var leavesQuestion: Bool {
        if case .reply = self { return false }
        return true
    }
}
