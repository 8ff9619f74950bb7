/// The name a user gives a secret, such as `github.token`: lowercase letters, digits, `.`, `_` and `-`.
package struct SecretName: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The validated name.
    package let rawValue: String

    /// Validates a name of 1 to 64 allowed characters.
    package init(_ text: String) throws {
        guard (1...64).contains(text.count),
            text.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) })
        else { throw SecretError.invalidName(text) }
        rawValue = text
    }

    /// The name itself.
    package var description: String { rawValue }
}
