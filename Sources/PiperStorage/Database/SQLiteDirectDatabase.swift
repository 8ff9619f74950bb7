import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit

/// SQLKit's view of an ``SQLiteHandle``: statements serialize, run and decode on the calling thread.
struct SQLiteDirectDatabase: SQLDatabase {
    let handle: SQLiteHandle
    let logger: Logger

    var eventLoop: any EventLoop { MultiThreadedEventLoopGroup.singleton.any() }
    var version: (any SQLDatabaseReportedVersion)? { nil }
    var dialect: any SQLDialect { SQLiteDialect() }
    var queryLogLevel: Logger.Level? { nil }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void)
        -> EventLoopFuture<Void>
    {
        do {
            try run(query, onRow)
            return eventLoop.makeSucceededVoidFuture()
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    /// Runs a statement given as text, without binds.
    func run(_ statement: String) throws {
        try handle.execute(statement, []) { _ in }
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, binds) = serialize(query)
        let values = try binds.map { try Self.encoder.encode($0) }
        try handle.execute(sql, values) { onRow(SQLiteDirectRow(row: $0)) }
    }

    /// Turns bound values into SQLite values; made once, not per statement.
    private static let encoder = SQLiteDataEncoder()
}

/// A result row as SQLKit reads it, decoded the way SQLiteKit decodes.
struct SQLiteDirectRow: SQLRow {
    let row: SQLiteResultRow

    var allColumns: [String] { row.columns }

    func contains(column: String) -> Bool { row.columns.contains(column) }

    func decodeNil(column: String) throws -> Bool {
        (row.value(column) ?? .null) == .null
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        guard let value = row.value(column) else {
            throw DecodingError.valueNotFound(
                D.self, .init(codingPath: [], debugDescription: "the result has no column \(column)"))
        }
        return try Self.decoder.decode(D.self, from: value)
    }

    private static let decoder = SQLiteDataDecoder()
}
