/// The honest answer for an action whose capability is not connected: what it needs, and what works now.
enum UnavailableHandler {
    static let handle: ActionHandler = { context in
        let definition = context.definition
        guard case .needs(let requirement) = definition.availability else {
            return .reply(Reply("I understood that as “\(definition.summary)”, but I can't do it yet."))
        }
        let text = """
            I understood that you want \(definition.summary.lowercasedFirstLetter), but that needs \(requirement). \
            I haven't done anything. Meanwhile I can handle your todos, reminders and projects — \
            say "what can you do?" for the full list.
            """
        return .reply(
            Reply(text, provenance: [ProvenanceEntry(source: "action registry", detail: requirement, outcome: .empty)]))
    }
}

extension String {
    /// The text with its first letter lowercased ("Status of" → "status of").
    var lowercasedFirstLetter: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
