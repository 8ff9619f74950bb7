/// Everything Piper knows about one action: the single description every surface derives from.
package struct ActionDefinition: Hashable, Sendable {
    /// The action's name.
    package var name: ActionName
    /// Its family.
    package var category: ActionCategory
    /// The verb a person would use for it, such as "create".
    package var verb: String
    /// What it changes.
    package var effect: ActionEffect
    /// Who can see the result.
    package var outwardness: Outwardness
    /// Slots the action cannot run without; Piper asks for a missing one.
    package var requiredSlots: [SlotName]
    /// What the user wants, in a short phrase.
    package var summary: String
    /// Example requests.
    package var examples: [String]
    /// Whether it works now.
    package var availability: ActionAvailability

    /// Creates a definition.
    package init(
        _ name: ActionName,
        _ category: ActionCategory,
        verb: String,
        effect: ActionEffect = .read,
        outwardness: Outwardness = .private,
        requires requiredSlots: [SlotName] = [],
        summary: String,
        examples: [String],
        availability: ActionAvailability = .available
    ) {
        self.name = name
        self.category = category
        self.verb = verb
        self.effect = effect
        self.outwardness = outwardness
        self.requiredSlots = requiredSlots
        self.summary = summary
        self.examples = examples
        self.availability = availability
    }

    /// Whether the action needs a yes from the user before it runs.
    package var isDestructive: Bool { effect == .destructive }
}
