import Foundation

/// An email address, trimmed and lowercased, with one `@`, a non-empty local part and a dotted domain.
package struct EmailAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The normalised address.
    package let rawValue: String

    /// Validates and normalises an address.
    package init(_ text: String) throws(AccountError) {
        let address = text.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard address.count <= 254, parts.count == 2, !parts[0].isEmpty,
            parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !address.contains(where: { $0.isWhitespace })
        else { throw .invalidEmail }
        rawValue = address
    }

    /// The part before the `@`.
    package var localPart: String { String(rawValue.prefix { $0 != "@" }) }

    /// The address itself.
    package var description: String { rawValue }
}
