import Foundation
import PiperCore
import SQLKit

extension SQLRow {
    /// Decodes a typed identifier stored as a UUID.
    func identifier<Subject>(_ column: String, as _: Subject.Type = Subject.self) throws -> Identifier<Subject> {
        Identifier(try decode(column: column, as: UUID.self))
    }

    /// Decodes the `workspace_id` and `owner_id` columns as a scope.
    func scope() throws -> Scope {
        Scope(workspace: try identifier("workspace_id"), owner: try identifier("owner_id"))
    }

    /// Decodes a text column into a raw-value enum, failing clearly on unknown values.
    func enumeration<Value: RawRepresentable>(_ column: String, as _: Value.Type) throws -> Value
    where Value.RawValue == String {
        let raw = try decode(column: column, as: String.self)
        guard let value = Value(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown \(column) '\(raw)'"))
        }
        return value
    }
}
