/// The strength rules every new password meets: long enough, within bcrypt's 72-byte limit, not a
/// well-known password and not made of the person's own names.
package enum PasswordPolicy {
    /// The fewest characters accepted.
    package static let minimumLength = 10
    /// The most UTF-8 bytes bcrypt reads; longer passwords would be silently cut, so they are refused.
    package static let maximumBytes = 72

    /// Throws ``AccountError/weakPassword(_:)`` naming the first rule the password breaks.
    package static func check(_ password: String, username: String?, email: String?) throws(AccountError) {
        guard password.count >= minimumLength else { throw .weakPassword("use at least \(minimumLength) characters") }
        guard password.utf8.count <= maximumBytes else {
            throw .weakPassword("use at most \(maximumBytes) bytes")
        }
        guard Set(password).count >= 5 else { throw .weakPassword("use more different characters") }
        let lowered = password.lowercased()
        guard !commonPasswords.contains(where: { lowered.contains($0) }) else {
            throw .weakPassword("it contains a well-known password")
        }
        let ownNames = [username, email, email.map { String($0.prefix { $0 != "@" }) }]
            .compactMap { $0?.lowercased() }.filter { $0.count >= 4 }
        guard !ownNames.contains(where: { lowered.contains($0) }) else {
            throw .weakPassword("it contains your username or email")
        }
    }

    private static let commonPasswords = [
        "password", "passw0rd", "123456", "qwerty", "letmein", "welcome", "iloveyou", "admin", "abc123",
        "monkey", "dragon", "football", "baseball", "sunshine", "princess", "trustno1", "111111", "000000",
        "changeme", "secret",
    ]
}
