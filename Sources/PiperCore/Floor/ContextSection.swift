/// The kinds of the user's context the floor can consult.
package enum ContextCategory: String, Hashable, Sendable, CaseIterable {
    /// The "About me" document: role, focus, priorities, notes.
    case personalContext = "your context document"
    /// The latest turns of this conversation.
    case recentTurns = "this conversation"
    /// Open todos.
    case todos = "your todos"
    /// Active projects.
    case projects = "your projects"
    /// Pending reminders.
    case reminders = "your reminders"
    /// Earlier messages of the user in other conversations on the same subject.
    case pastRequests = "what you asked before"
}

/// What one category of context held this turn, or why it was not consulted.
package struct ContextSection: Hashable, Sendable {
    /// The state of a category this turn.
    package enum State: Hashable, Sendable {
        /// Checked; these lines are what it holds.
        case found([String])
        /// Checked, and it holds nothing.
        case checkedEmpty
        /// Not consulted; the reason says why (not needed, not connected).
        case notChecked(String)
        /// Consulted, but reading it failed.
        case failed(String)
    }

    /// The category, or `nil` for a source Piper cannot reach in this installation.
    package var category: ContextCategory?
    /// The source's name as the user knows it.
    package var source: String
    /// What it held.
    package var state: State

    /// Creates a section for a category.
    package init(_ category: ContextCategory, _ state: State) {
        self.category = category
        self.source = category.rawValue
        self.state = state
    }

    /// Creates a section for a source outside the categories, such as an unconnected calendar.
    package init(source: String, state: State) {
        self.category = nil
        self.source = source
        self.state = state
    }

    /// The lines found, or none.
    package var lines: [String] {
        if case .found(let lines) = state { lines } else { [] }
    }

    /// The section as it appears in a model's context, tagged with its provenance.
    package var promptText: String {
        switch state {
        case .found(let lines): "[\(source) — checked]\n" + lines.map { "- \($0)" }.joined(separator: "\n")
        case .checkedEmpty: "[\(source) — checked, empty: there is nothing here; do not fill it in]"
        case .notChecked(let reason): "[\(source) — not checked (\(reason)): its contents are unknown; do not guess]"
        case .failed(let reason): "[\(source) — could not be read (\(reason)): its contents are unknown]"
        }
    }

    /// The section as a provenance entry of the reply.
    package var provenance: ProvenanceEntry {
        switch state {
        case .found(let lines):
            ProvenanceEntry(
                source: source, detail: lines.count == 1 ? "1 item" : "\(lines.count) items", outcome: .used)
        case .checkedEmpty: ProvenanceEntry(source: source, detail: "checked, nothing there", outcome: .empty)
        case .notChecked(let reason): ProvenanceEntry(source: source, detail: reason, outcome: .notChecked)
        case .failed(let reason): ProvenanceEntry(source: source, detail: reason, outcome: .failed)
        }
    }
}

/// Everything the floor gathered for one turn, in a fixed order.
package struct AssembledContext: Hashable, Sendable {
    /// One section per category consulted or skipped, then the unreachable sources.
    package var sections: [ContextSection]

    /// Creates a context.
    package init(sections: [ContextSection]) {
        self.sections = sections
    }

    /// The section of a category, if present.
    package subscript(category: ContextCategory) -> ContextSection? {
        sections.first { $0.category == category }
    }

    /// The lines a category contributed.
    package func lines(_ category: ContextCategory) -> [String] {
        self[category]?.lines ?? []
    }

    /// The context block of the model's instructions.
    package var promptText: String {
        sections.map(\.promptText).joined(separator: "\n\n")
    }
}
