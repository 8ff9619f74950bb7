import Foundation

/// A tenant: every piece of user data belongs to exactly one workspace.
package struct Workspace: Hashable, Sendable, Codable, Identifiable {
    /// The workspace's identifier.
    package typealias ID = Identifier<Workspace>

    /// The workspace's identifier.
    package var id: ID
    /// The name people see.
    package var name: String
    /// When the workspace was created.
    package var createdAt: Date

    /// Creates a workspace value.
    package init(id: ID, name: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }
}
