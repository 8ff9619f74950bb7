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
        case accountCreated = "account.created"
        case signedIn = "auth.signed_in"
        case signInFailed = "auth.sign_in_failed"
        case signInThrottled = "auth.sign_in_throttled"
        case signedOut = "auth.signed_out"
        case refreshTokenReused = "auth.refresh_token_reused"
        case passwordChanged = "auth.password_changed"
        case passwordResetIssued = "auth.password_reset_issued"
        case passwordReset = "auth.password_reset"
        case tokenCreated = "token.created"
        case tokenRevoked = "token.revoked"
        case invitationCreated = "invitation.created"
        case invitationRevoked = "invitation.revoked"
        case invitationAccepted = "invitation.accepted"
        case workspaceSwitched = "auth.workspace_switched"
        case roleChanged = "member.role_changed"
        case memberRemoved = "member.removed"
        case dataExported = "data.exported"
        case dataErased = "data.erased"
        case modelLimitsChanged = "usage.limits_changed"
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
    /// More about it, such as the client address of a sign-in or a role change ("member → admin").
    package var detail: String?
    /// When it happened.
    package var createdAt: Date

    /// Creates an entry.
    package init(
        id: ID, scope: Scope, actor: User.ID?, action: Action, target: String, requestID: String?, createdAt: Date,
        detail: String? = nil
    ) {
        self.detail = detail
        self.id = id
        self.scope = scope
        self.actor = actor
        self.action = action
        self.target = target
        self.requestID = requestID
        self.createdAt = createdAt
    }
}
