import Foundation

/// A thread of turns between one user and Piper.
package struct Conversation: Hashable, Sendable, Codable, Identifiable {
    /// The conversation's identifier.
    package typealias ID = Identifier<Conversation>

    /// The conversation's identifier.
    package var id: ID
    /// The workspace and user the conversation belongs to.
    package var scope: Scope
    /// A short title shown in conversation lists.
    package var title: String
    /// When the conversation began.
    package var createdAt: Date
    /// When a turn was last added or the title last changed.
    package var updatedAt: Date

    /// Creates a conversation value.
    package init(id: ID, scope: Scope, title: String, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.scope = scope
        self.title = title
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
