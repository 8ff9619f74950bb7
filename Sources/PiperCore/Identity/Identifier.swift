import Foundation

/// A typed identifier: `Identifier<Workspace>` and `Identifier<User>` never mix, though both wrap a UUID.
package struct Identifier<Subject>: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The UUID this identifier wraps.
    package let rawValue: UUID

    /// Wraps an existing UUID.
    package init(_ rawValue: UUID) {
        self.rawValue = rawValue
    }

    /// Parses the canonical textual form of a UUID; `nil` for anything else.
    package init?(uuidString: String) {
        guard let uuid = UUID(uuidString: uuidString) else { return nil }
        self.rawValue = uuid
    }

    /// The lowercase canonical form, as it appears in URLs and JSON.
    package var description: String { rawValue.uuidString.lowercased() }

    /// Decodes from a UUID string.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(UUID.self)
    }

    /// Encodes as a lowercase UUID string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
