/// What Piper can do, read from the action registry.
enum CapabilitiesHandler {
    static let handle: ActionHandler = { context in
        let registry = context.dependencies.registry
        let blocks = registry.availableByCategory.map { group in
            ReplyBlock.list(
                title: group.category.title,
                items: group.actions.map { ListItem($0.summary.capitalizedFirstLetter, detail: "“\($0.examples[0])”") })
        }
        let waiting = Set(
            registry.definitions.compactMap { definition -> String? in
                if case .needs(let requirement) = definition.availability { return requirement }
                return nil
            }
        ).sorted()
        let text = """
            Here's what I can do for you right now. More arrives as you connect things: \
            \(waiting.map { "• \($0)" }.joined(separator: "\n"))
            """
        return .reply(
            Reply(
                text, blocks: blocks,
                provenance: [
                    ProvenanceEntry(source: "action registry", detail: "\(registry.definitions.count) actions")
                ]))
    }
}

extension ActionCategory {
    /// A heading for the category.
    var title: String {
        switch self {
        case .conversation: "Conversation"
        case .identity: "About me"
        case .discovery: "Discovery"
        case .temporal: "Time"
        case .status: "Status"
        case .priority: "Priorities"
        case .guidance: "Guidance"
        case .trust: "Trust"
        case .memory: "Memory"
        case .provenance: "Provenance"
        case .portfolio: "Projects"
        case .execution: "Todos and reminders"
        case .settings: "Settings"
        case .session: "This session"
        case .tracker: "Issues and pull requests"
        case .calendar: "Calendar"
        case .activity: "Activity"
        case .documents: "Documents"
        case .synthesis: "Updates"
        case .strategy: "Strategy"
        case .analysis: "Analysis"
        case .unknown: "Other"
        }
    }
}

extension String {
    /// The text with its first letter uppercased.
    var capitalizedFirstLetter: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
