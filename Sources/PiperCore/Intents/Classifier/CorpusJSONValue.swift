import Foundation

/// Any JSON value, so a corpus line can be checked field by field before it becomes typed.
package enum CorpusJSONValue: Decodable, Equatable, Sendable {
    /// A string.
    case string(String)
    /// A number that is a whole integer.
    case integer(Int)
    /// Any other number.
    case number(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// `null`.
    case null
    /// An array.
    case array([CorpusJSONValue])
    /// An object.
    case object([String: CorpusJSONValue])

    /// Decodes whichever JSON type is present.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let boolean = try? container.decode(Bool.self) {
            self = .boolean(boolean)
        } else if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([CorpusJSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: CorpusJSONValue].self))
        }
    }

    /// The string, when this is one.
    package var stringValue: String? {
        if case .string(let string) = self { string } else { nil }
    }
}
