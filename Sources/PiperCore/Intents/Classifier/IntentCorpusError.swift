import Foundation

/// Why a corpus line could not be read; every case names the 1-based line number.
package enum IntentCorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line is not a JSON object.
    case invalidJSON(line: Int)
    /// A required field is missing or is not a string.
    case missingField(line: Int, field: String)
    /// The text is empty or only whitespace.
    case emptyText(line: Int)
    /// The action is not a lowercase snake_case name.
    case invalidAction(line: Int, action: String)
    /// The slots object names a slot that ACTIONS.md does not define.
    case unknownSlot(line: Int, slot: String)
    /// A slot's value has the wrong type (issue_number must be an integer, the others strings).
    case invalidSlotValue(line: Int, slot: String)

    /// The 1-based line number of the offending line.
    package var lineNumber: Int {
        switch self {
        case .invalidJSON(let line), .missingField(let line, _), .emptyText(let line),
            .invalidAction(let line, _), .unknownSlot(let line, _), .invalidSlotValue(let line, _):
            line
        }
    }

    /// A one-line explanation that starts with the line number.
    package var description: String {
        switch self {
        case .invalidJSON(let line): "line \(line): not a JSON object"
        case .missingField(let line, let field): "line \(line): missing string field \"\(field)\""
        case .emptyText(let line): "line \(line): empty text"
        case .invalidAction(let line, let action): "line \(line): invalid action \"\(action)\""
        case .unknownSlot(let line, let slot): "line \(line): unknown slot \"\(slot)\""
        case .invalidSlotValue(let line, let slot): "line \(line): slot \"\(slot)\" has the wrong type"
        }
    }
}
