import Foundation

/// An invitation to join a workspace: single use, expiring, redeemed by its token.
package struct Invitation: Hashable, Sendable, Identifiable {
    /// The invitation's identifier.
    package typealias ID = Identifier<Invitation>

    /// The invitation's identifier.
    package var id: ID
    /// The workspace to join.
    package var workspaceID: Workspace.ID
    /// The address it is made out to; only that address may accept it.
    package var email: EmailAddress
    /// The role the new member gets.
    package var role: Membership.Role
    /// The admin who invited.
    package var invitedBy: User.ID
    /// When it stops working.
    package var expiresAt: Date
    /// When it was accepted, if it was.
    package var acceptedAt: Date?
    /// When an admin withdrew it, if they did.
    package var revokedAt: Date?
    /// When it was made.
    package var createdAt: Date

    /// Creates an invitation value.
    package init(
        id: ID, workspaceID: Workspace.ID, email: EmailAddress, role: Membership.Role, invitedBy: User.ID,
        expiresAt: Date, acceptedAt: Date? = nil, revokedAt: Date? = nil, createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.email = email
        self.role = role
        self.invitedBy = invitedBy
        self.expiresAt = expiresAt
        self.acceptedAt = acceptedAt
        self.revokedAt = revokedAt
        self.createdAt = createdAt
    }

    /// Whether it can still be accepted at `now`.
    package func isOpen(at now: Date) -> Bool {
        acceptedAt == nil && revokedAt == nil && expiresAt > now
    }
}
