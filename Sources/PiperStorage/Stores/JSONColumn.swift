import Foundation
import SQLKit

/// Values kept as JSON text in a column (lists, structured details).
enum JSONColumn {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// Decodes a nullable JSON column; `nil` when the column is null.
    static func decode<Value: Decodable>(_ type: Value.Type, from row: any SQLRow, column: String) throws -> Value? {
        guard let text = try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self) else {
            return nil
        }
        return try decode(type, from: text)
    }
}
