import Foundation

/// What the user told Piper about their work: role, focus and standing priorities.
package struct PersonalContext: Hashable, Sendable, Codable {
    /// Their role, such as "Senior PM, payments".
    package var role: String
    /// What they focus on now.
    package var focus: String
    /// Standing priorities, most important first.
    package var priorities: [String]
    /// Anything else Piper should know.
    package var notes: String
    /// When it was last saved; `nil` when never written.
    package var updatedAt: Date?

    /// Creates a context document.
    package init(
        role: String = "", focus: String = "", priorities: [String] = [], notes: String = "", updatedAt: Date? = nil
    ) {
        self.role = role
        self.focus = focus
        self.priorities = priorities
        self.notes = notes
        self.updatedAt = updatedAt
    }

    /// Whether the user has written nothing yet.
    package var isEmpty: Bool {
        role.isEmpty && focus.isEmpty && priorities.isEmpty && notes.isEmpty
    }

    /// The limits that keep a context document readable.
    package static let maximumFieldLength = 2_000
    /// The most standing priorities kept.
    package static let maximumPriorities = 20
}
