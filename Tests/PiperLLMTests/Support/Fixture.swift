import Foundation
import PiperCore

/// Recorded provider requests and responses in `Fixtures/`, found next to this source file.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func text(_ path: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
    }

    static func json(_ path: String) throws -> JSONValue {
        guard let value = JSONValue.parse(try text(path)) else { throw FixtureError.notJSON(path) }
        return value
    }

    enum FixtureError: Error {
        case notJSON(String)
    }
}
