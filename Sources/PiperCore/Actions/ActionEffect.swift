/// How much an action changes: reading is harmless, destroying needs a confirmation.
package enum ActionEffect: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Only looks at data.
    case read
    /// Creates or changes data.
    case write
    /// Removes data or closes something; Piper confirms first.
    case destructive

    private var rank: Int {
        switch self {
        case .read: 0
        case .write: 1
        case .destructive: 2
        }
    }

    /// Orders effects from harmless to destructive.
    package static func < (lhs: ActionEffect, rhs: ActionEffect) -> Bool { lhs.rank < rhs.rank }
}

/// Whether other people can see the result of an action.
package enum Outwardness: String, Hashable, Sendable, Codable, CaseIterable {
    /// Only the user sees it.
    case `private`
    /// Visible to colleagues (an issue comment, a closed ticket).
    case outward
}
