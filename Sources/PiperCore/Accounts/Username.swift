import Foundation

/// A sign-in name: 3–32 lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit.
package struct Username: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The normalised (lowercase) name.
    package let rawValue: String

    /// Validates and lowercases a username.
    package init(_ text: String) throws(AccountError) {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard (3...32).contains(name.count) else { throw .invalidUsername("use 3 to 32 characters") }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        guard name.allSatisfy(allowed.contains) else {
            throw .invalidUsername("use letters, digits, dots, dashes and underscores only")
        }
        guard let first = name.first, first.isLetter || first.isNumber else {
            throw .invalidUsername("start with a letter or digit")
        }
        rawValue = name
    }

    /// The name itself.
    package var description: String { rawValue }

    /// A username suggested by an email address's local part: lowercased, other characters dropped,
    /// padded or cut to fit.
    package static func suggested(by email: EmailAddress) -> Username {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        var name = String(email.localPart.lowercased().filter(allowed.contains).drop { !$0.isLetter && !$0.isNumber })
        if name.count < 3 { name += String(repeating: "0", count: 3 - name.count) }
        return (try? Username(String(name.prefix(32)))) ?? (try! Username("user"))
    }
}
