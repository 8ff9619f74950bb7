import Foundation

/// One line of the intent corpus: a message, the action it means and, where labelled, its slots.
package struct LabelledUtterance: Sendable, Codable, Equatable, Hashable {
    /// The message as a person would type it.
    package var text: String
    /// The action name from ACTIONS.md (`create_todo`, `out_of_scope`, …).
    package var action: String
    /// The labelled slots, or `nil` when the line carries none.
    package var slots: Slots?

    /// Creates a labelled utterance.
    package init(text: String, action: String, slots: Slots? = nil) {
        self.text = text
        self.action = action
        self.slots = slots
    }
}
