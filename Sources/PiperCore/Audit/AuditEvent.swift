import Foundation

/// One entry of the append-only audit log: who did what, to whose data, in which request.
package struct AuditEvent: Hashable, Sendable, Identifiable {
    /// The entry's identifier.
    package typealias ID = Identifier<AuditEvent>

    /// What happened.
    package enum Action: String, Hashable, Sendable, Codable, CaseIterable {
        case secretStored = "secret.stored"
        case secretDeleted = "secret.deleted"
        case secretRevealed = "secret.revealed"
    }

    /// The entry's identifier.
    package var id: ID
    /// The workspace and user the event concerns; the user reads it as their own entry.
    package var scope: Scope
    /// Who acted (the same user, an admin, or `nil` for Piper itself).
    package var actor: User.ID?
    /// What happened.
    package var action: Action
    /// What it happened to, such as a secret's name; never a secret's value.
    package var target: String
    /// The request that did it, when there was one.
    package var requestID: String?
    /// When it happened.
    package var createdAt: Date

    /// Creates an entry.
    package init(
        id: ID, scope: Scope, actor: User.ID?, action: Action, target: String, requestID: String?, createdAt: Date
    ) {
        self.id = id
        self.scope = scope
        self.actor = actor
        self.action = action
        self.target = target
        self.requestID = requestID
        self.createdAt = createdAt
    }
}
