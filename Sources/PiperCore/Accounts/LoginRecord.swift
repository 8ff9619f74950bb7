/// What sign-in needs to know about an account: the person, their sign-in name and password hash.
package struct LoginRecord: Hashable, Sendable {
    /// The person.
    package var user: User
    /// Their sign-in name, when they have one.
    package var username: String?
    /// Their bcrypt password hash; `nil` for accounts that sign in only by single sign-on.
    package var passwordHash: String?

    /// Creates a record.
    package init(user: User, username: String?, passwordHash: String?) {
        self.user = user
        self.username = username
        self.passwordHash = passwordHash
    }
}

/// A new account as sign-up stores it.
package struct NewAccount: Hashable, Sendable {
    /// The person (a fresh ID; adopted installations keep their local user's ID instead).
    package var user: User
    /// Their sign-in name.
    package var username: Username
    /// Their bcrypt password hash; `nil` for an account made by single sign-on.
    package var passwordHash: String?
    /// The workspace name the first account asked for: it names the workspace it founds or adopts.
    package var workspaceName: String?

    /// Creates the value.
    package init(user: User, username: Username, passwordHash: String?, workspaceName: String?) {
        self.user = user
        self.username = username
        self.passwordHash = passwordHash
        self.workspaceName = workspaceName
    }
}
