import Foundation

/// One token of a folded message: a word, or a placeholder for a reference whose exact value does not matter.
package struct UtteranceToken: Sendable, Equatable, Hashable {
    /// What the token stands for.
    package enum Kind: String, Sendable, Equatable, Hashable, CaseIterable {
        /// An ordinary word.
        case word
        /// An issue reference: "#42", "issue 42", "PROJ-123".
        case issueReference = "<issue>"
        /// A repository written `owner/name`.
        case repository = "<repo>"
        /// A bare number.
        case number = "<number>"
        /// A clock time: "9am", "14:30", "at 9".
        case time = "<time>"
        /// An ordinal: "2nd", "3rd".
        case ordinal = "<ordinal>"
        /// A numeric date: "2024-05-01", "12/05".
        case date = "<date>"
        /// A version: "v2", "1.4.2".
        case version = "<version>"
        /// A web address.
        case link = "<link>"
        /// An email address.
        case email = "<email>"
    }

    /// What the token stands for.
    package var kind: Kind
    /// The folded text as written ("42", "acme/web", "roadmap").
    package var surface: String

    /// Creates a token.
    package init(kind: Kind, surface: String) {
        self.kind = kind
        self.surface = surface
    }

    /// The text features see: the word itself, or the placeholder (`<issue>`, `<repo>`, …).
    package var featureText: String { kind == .word ? surface : kind.rawValue }

    /// Whether the token is a placeholder rather than a word.
    package var isPlaceholder: Bool { kind != .word }
}
