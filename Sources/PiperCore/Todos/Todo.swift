import Foundation

/// Something the user means to do, numbered per user so it can be named "todo 3".
package struct Todo: Hashable, Sendable, Codable, Identifiable {
    /// The todo's identifier.
    package typealias ID = Identifier<Todo>

    /// Whether the todo is still to do.
    package enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Still to do.
        case open
        /// Done.
        case done
    }

    /// The todo's identifier.
    package var id: ID
    /// Whose todo it is.
    package var scope: Scope
    /// The user-facing number, unique for the user and never reused.
    package var number: Int
    /// What to do.
    package var title: String
    /// Open or done.
    package var status: Status
    /// When it was created.
    package var createdAt: Date
    /// When it was completed, if it was.
    package var completedAt: Date?

    /// Creates a todo value.
    package init(
        id: ID, scope: Scope, number: Int, title: String, status: Status, createdAt: Date, completedAt: Date? = nil
    ) {
        self.id = id
        self.scope = scope
        self.number = number
        self.title = title
        self.status = status
        self.createdAt = createdAt
        self.completedAt = completedAt
    }
}
