/// The stores authentication reads and writes.
package struct AuthStores: Sendable {
    /// Workspaces and users.
    package var accounts: AccountStore
    /// Sign-in records.
    package var logins: LoginStore
    /// Members and roles.
    package var members: MemberStore
    /// Invitations.
    package var invitations: InvitationStore
    /// Sessions and refresh tokens.
    package var sessions: SessionStore
    /// Personal API tokens.
    package var apiTokens: APITokenStore
    /// Failed sign-in counters.
    package var throttles: ThrottleStore
    /// Password reset codes.
    package var resets: PasswordResetStore
    /// The audit log.
    package var audit: AuditLog
    /// Erasure of a person's data.
    package var personalData: PersonalDataStore

    /// Creates the set.
    package init(
        accounts: AccountStore, logins: LoginStore, members: MemberStore, invitations: InvitationStore,
        sessions: SessionStore, apiTokens: APITokenStore, throttles: ThrottleStore, resets: PasswordResetStore,
        audit: AuditLog, personalData: PersonalDataStore
    ) {
        self.personalData = personalData
        self.accounts = accounts
        self.logins = logins
        self.members = members
        self.invitations = invitations
        self.sessions = sessions
        self.apiTokens = apiTokens
        self.throttles = throttles
        self.resets = resets
        self.audit = audit
    }
}
