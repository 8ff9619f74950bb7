/// The single source of truth for what Piper can do; capabilities, the classifier's labels and the docs derive from it.
package struct ActionRegistry: Sendable {
    /// The definitions in vocabulary order.
    package let definitions: [ActionDefinition]
    private let byName: [ActionName: ActionDefinition]

    /// Creates a registry; each action may appear once.
    package init(definitions: [ActionDefinition]) {
        self.definitions = definitions
        self.byName = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The definition of an action; every ``ActionName`` has one in the standard registry.
    package subscript(name: ActionName) -> ActionDefinition {
        byName[name]
            ?? ActionDefinition(
                name, .unknown, verb: "decline", summary: "not a PM colleague's job", examples: [])
    }

    /// The action names the classifier may answer with.
    package var labels: [String] { definitions.map(\.name.rawValue) }

    /// Actions that work now, grouped by category in vocabulary order.
    package var availableByCategory: [(category: ActionCategory, actions: [ActionDefinition])] {
        var groups: [(category: ActionCategory, actions: [ActionDefinition])] = []
        for definition in definitions where definition.availability == .available && definition.category != .unknown {
            if let last = groups.indices.last, groups[last].category == definition.category {
                groups[last].actions.append(definition)
            } else {
                groups.append((definition.category, [definition]))
            }
        }
        return groups
    }
}
