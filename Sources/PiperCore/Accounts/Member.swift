import Foundation

/// A workspace member as admins see them.
package struct Member: Hashable, Sendable {
    /// The person.
    package var user: User
    /// Their sign-in name, when they have one.
    package var username: String?
    /// Their role.
    package var role: Membership.Role
    /// When they joined.
    package var joinedAt: Date

    /// Creates a member value.
    package init(user: User, username: String?, role: Membership.Role, joinedAt: Date) {
        self.user = user
        self.username = username
        self.role = role
        self.joinedAt = joinedAt
    }
}
