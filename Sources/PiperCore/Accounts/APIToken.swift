import Foundation

/// A personal API token for the CLI and MCP clients: shown once, stored hashed, scoped, expiring, revocable.
package struct APIToken: Hashable, Sendable, Identifiable {
    /// The token's identifier.
    package typealias ID = Identifier<APIToken>

    /// What a token may do.
    package enum Permission: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// Read the owner's data (GET requests).
        case read
        /// Read and change the owner's data, and chat.
        case write
        /// Everything the owner's role allows, including workspace administration.
        case admin

        /// Orders permissions by power: `read < write < admin`.
        package static func < (lhs: Permission, rhs: Permission) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The token's identifier.
    package var id: ID
    /// Whose token it is.
    package var scope: Scope
    /// The name its owner gave it, such as "laptop CLI".
    package var name: String
    /// The most it may do.
    package var permission: Permission
    /// When it stops working.
    package var expiresAt: Date
    /// When it was revoked, if it was.
    package var revokedAt: Date?
    /// When it was last used (updated at most once a minute).
    package var lastUsedAt: Date?
    /// When it was made.
    package var createdAt: Date

    /// Creates a token value.
    package init(
        id: ID, scope: Scope, name: String, permission: Permission, expiresAt: Date, revokedAt: Date? = nil,
        lastUsedAt: Date? = nil, createdAt: Date
    ) {
        self.id = id
        self.scope = scope
        self.name = name
        self.permission = permission
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
        self.createdAt = createdAt
    }

    /// Whether it authenticates at `now`.
    package func isUsable(at now: Date) -> Bool { revokedAt == nil && expiresAt > now }
}
