import Foundation

/// A person who talks to Piper; belongs to workspaces through memberships.
package struct User: Hashable, Sendable, Codable, Identifiable {
    /// The user's identifier.
    package typealias ID = Identifier<User>

    /// The user's identifier.
    package var id: ID
    /// The name Piper uses for the person.
    package var displayName: String
    /// The person's email address, when known (the local user of an embedded install has none).
    package var email: String?
    /// The IANA time zone the person lives in, such as `Europe/Berlin`.
    package var timeZone: String
    /// When the user was created.
    package var createdAt: Date

    /// Creates a user value.
    package init(id: ID, displayName: String, email: String?, timeZone: String, createdAt: Date) {
        self.id = id
        self.displayName = displayName
        self.email = email
        self.timeZone = timeZone
        self.createdAt = createdAt
    }
}
