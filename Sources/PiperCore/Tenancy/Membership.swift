import Foundation

/// A user's place in a workspace, with the role that decides what they may administer.
package struct Membership: Hashable, Sendable, Codable {
    /// What a member may do beyond their own data.
    package enum Role: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// Holds the workspace; may do everything, including deleting it.
        case owner
        /// Manages members, integrations and settings.
        case admin
        /// Uses Piper with their own data.
        case member

        /// Orders roles by power: `member < admin < owner`.
        package static func < (lhs: Role, rhs: Role) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .member: 0
            case .admin: 1
            case .owner: 2
            }
        }
    }

    /// The workspace joined.
    package var workspaceID: Workspace.ID
    /// The member.
    package var userID: User.ID
    /// The member's role.
    package var role: Role
    /// When the user joined.
    package var createdAt: Date

    /// Creates a membership value.
    package init(workspaceID: Workspace.ID, userID: User.ID, role: Role, createdAt: Date) {
        self.workspaceID = workspaceID
        self.userID = userID
        self.role = role
        self.createdAt = createdAt
    }
}
