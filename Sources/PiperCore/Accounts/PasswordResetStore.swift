import Foundation

/// A password reset an admin issued: who it is for, in which workspace, until when.
package struct PasswordReset: Hashable, Sendable {
    /// The user whose password it resets.
    package var scope: Scope
    /// The admin who issued it, or the user themselves when the operator issued it.
    package var issuedBy: User.ID
    /// When it stops working.
    package var expiresAt: Date
    /// When it was issued.
    package var createdAt: Date

    /// Creates the value.
    package init(scope: Scope, issuedBy: User.ID, expiresAt: Date, createdAt: Date) {
        self.scope = scope
        self.issuedBy = issuedBy
        self.expiresAt = expiresAt
        self.createdAt = createdAt
    }
}

/// Single-use password reset codes, stored as hashes only.
package struct PasswordResetStore: Sendable {
    /// Stores a code's hash; earlier unused codes for the same user stop working.
    package var issue: @Sendable (_ reset: PasswordReset, _ codeHash: String) async throws -> Void
    /// A live code, without spending it; `nil` when unknown, spent or expired.
    package var find: @Sendable (_ codeHash: String, _ now: Date) async throws -> PasswordReset?
    /// Spends a live code and returns it; `nil` when unknown, spent or expired.
    package var redeem: @Sendable (_ codeHash: String, _ now: Date) async throws -> PasswordReset?

    /// Creates a store from its endpoints.
    package init(
        issue: @escaping @Sendable (_ reset: PasswordReset, _ codeHash: String) async throws -> Void,
        find: @escaping @Sendable (_ codeHash: String, _ now: Date) async throws -> PasswordReset?,
        redeem: @escaping @Sendable (_ codeHash: String, _ now: Date) async throws -> PasswordReset?
    ) {
        self.issue = issue
        self.find = find
        self.redeem = redeem
    }
}
