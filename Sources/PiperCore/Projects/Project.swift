import Foundation

/// A body of work the user tracks, optionally linked to repositories.
package struct Project: Hashable, Sendable, Codable, Identifiable {
    /// The project's identifier.
    package typealias ID = Identifier<Project>

    /// Whether the project is current.
    package enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Current work.
        case active
        /// Put away; can be restored.
        case archived
    }

    /// The project's identifier.
    package var id: ID
    /// Whose project it is.
    package var scope: Scope
    /// Its name, unique for the user regardless of case.
    package var name: String
    /// Active or archived.
    package var status: Status
    /// Linked repositories as `owner/name`.
    package var repositories: [String]
    /// When it was created.
    package var createdAt: Date
    /// When it last changed.
    package var updatedAt: Date

    /// Creates a project value.
    package init(
        id: ID, scope: Scope, name: String, status: Status, repositories: [String], createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.scope = scope
        self.name = name
        self.status = status
        self.repositories = repositories
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
