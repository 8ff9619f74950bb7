import Foundation

/// Accounts as sign-up and sign-in see them: creating them, finding them and changing passwords.
package struct LoginStore: Sendable {
    /// Finds an account by username or email (case-insensitive).
    package var find: @Sendable (_ identifier: String) async throws -> LoginRecord?
    /// The sign-in record of a user.
    package var record: @Sendable (_ user: User.ID) async throws -> LoginRecord?
    /// Creates the installation's first account, adopting the local owner of the embedded mode so their data
    /// stays theirs. Throws ``AccountError/signUpNeedsInvitation`` once any account can sign in or any
    /// invitation has been issued (so an operator who invites the first people closes open sign-up).
    package var claimFirstAccount:
        @Sendable (_ account: NewAccount, _ workspaceID: Workspace.ID) async throws -> Principal
    /// Creates an account by redeeming the invitation with this token hash, single use, in one transaction.
    package var acceptInvitation:
        @Sendable (_ account: NewAccount, _ invitationHash: String, _ now: Date) async throws -> Principal
    /// Adds an existing user to the workspace of the invitation with this token hash, spending it; the
    /// invitation must be made out to the user's email address.
    package var joinByInvitation:
        @Sendable (_ user: User, _ invitationHash: String, _ now: Date) async throws -> Membership
    /// Creates an account from the newest open invitation made out to the account's email address, spending
    /// it; `nil` (and nothing written) when there is none. The username is taken as given or, when taken,
    /// with a number appended.
    package var joinOpenInvitation: @Sendable (_ account: NewAccount, _ now: Date) async throws -> Principal?
    /// Replaces a user's password hash.
    package var setPasswordHash: @Sendable (_ user: User.ID, _ hash: String) async throws -> Void
    /// The user linked to a single-sign-on identity.
    package var linkedUser: @Sendable (_ issuer: String, _ subject: String) async throws -> User.ID?
    /// Links a single-sign-on identity to a user.
    package var link: @Sendable (_ issuer: String, _ subject: String, _ user: User.ID, _ now: Date) async throws -> Void
    /// Finds an account by email address.
    package var findByEmail: @Sendable (_ email: EmailAddress) async throws -> LoginRecord?
    /// Whether sign-up without an invitation is closed: someone can sign in, or an invitation was issued.
    package var isSignUpClosed: @Sendable () async throws -> Bool

    /// Creates a store from its endpoints.
    package init(
        find: @escaping @Sendable (_ identifier: String) async throws -> LoginRecord?,
        record: @escaping @Sendable (_ user: User.ID) async throws -> LoginRecord?,
        claimFirstAccount:
            @escaping @Sendable (_ account: NewAccount, _ workspaceID: Workspace.ID) async throws ->
            Principal,
        acceptInvitation:
            @escaping @Sendable (_ account: NewAccount, _ invitationHash: String, _ now: Date)
            async throws -> Principal,
        joinByInvitation:
            @escaping @Sendable (_ user: User, _ invitationHash: String, _ now: Date) async throws ->
            Membership,
        joinOpenInvitation: @escaping @Sendable (_ account: NewAccount, _ now: Date) async throws -> Principal?,
        setPasswordHash: @escaping @Sendable (_ user: User.ID, _ hash: String) async throws -> Void,
        linkedUser: @escaping @Sendable (_ issuer: String, _ subject: String) async throws -> User.ID?,
        link:
            @escaping @Sendable (_ issuer: String, _ subject: String, _ user: User.ID, _ now: Date) async throws ->
            Void,
        findByEmail: @escaping @Sendable (_ email: EmailAddress) async throws -> LoginRecord?,
        isSignUpClosed: @escaping @Sendable () async throws -> Bool
    ) {
        self.isSignUpClosed = isSignUpClosed
        self.find = find
        self.record = record
        self.claimFirstAccount = claimFirstAccount
        self.acceptInvitation = acceptInvitation
        self.joinByInvitation = joinByInvitation
        self.joinOpenInvitation = joinOpenInvitation
        self.setPasswordHash = setPasswordHash
        self.linkedUser = linkedUser
        self.link = link
        self.findByEmail = findByEmail
    }
}
