import Foundation
import NIOCore
import PiperCore
import PiperSQLiteShim
import SQLiteNIO
import Synchronization
import VaporCSQLite

/// One SQLite connection driven through the C library on the calling thread, with its prepared statements
/// kept for reuse.
///
/// SQLiteNIO sends every statement to a thread pool and back, two thread hand-offs that cost more than the
/// statement itself; a turn runs a dozen statements. Here a statement runs where it is called: reads are
/// page-cache lookups of microseconds, and a commit's `fsync` is the one wait, which the turn must wait for
/// anyway. This is the same SQLite library SQLiteNIO carries, so every connection in the process shares its
/// file locks (two copies of SQLite in one process would not).
final class SQLiteHandle: Sendable {
    private struct State: ~Copyable {
        var database: OpaquePointer?
        var statements: [String: OpaquePointer] = [:]
    }

    /// The most prepared statements one connection keeps; beyond that the cache starts over.
    static let statementCacheLimit = 256

    private let state: Mutex<State>

    private init(database: sending OpaquePointer) {
        self.state = Mutex(State(database: database))
    }

    /// Opens the file, creating it when `creating` allows.
    static func open(path: String, creating: Bool) throws -> SQLiteHandle {
        var database: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (creating ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        let status = sqlite_nio_sqlite3_open_v2(path, &database, flags, nil)
        guard status == SQLITE_OK, let database else {
            let message = database.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite_nio_sqlite3_close(database)
            throw SQLiteFailure(code: status, message: message)
        }
        // Piper's queries look rows up by key and order by indexed columns; no plan depends on a bound value,
        // and without this SQLite prepared several of them again on every run (measured: every list and
        // sequence query, a twentieth of a turn's time).
        let planStatus = piper_sqlite_keep_plans(UnsafeMutableRawPointer(database))
        guard planStatus == SQLITE_OK else {
            sqlite_nio_sqlite3_close(database)
            throw SQLiteFailure(code: planStatus, message: "cannot keep query plans stable")
        }
        return SQLiteHandle(database: database)
    }

    /// Runs one statement with `binds`, handing each result row to `onRow`.
    func execute(_ sql: String, _ binds: [SQLiteData], _ onRow: (SQLiteResultRow) -> Void) throws {
        try state.withLock { state in
            guard let database = state.database else { throw SQLiteFailure(code: SQLITE_MISUSE, message: "closed") }
            let statement = try Self.prepared(sql, in: &state, database: database)
            defer {
                sqlite_nio_sqlite3_reset(statement)
                sqlite_nio_sqlite3_clear_bindings(statement)
            }
            try Self.bind(binds, to: statement, database: database)
            let columns = Self.columnNames(of: statement)
            while true {
                let status = sqlite_nio_sqlite3_step(statement)
                if status == SQLITE_DONE { return }
                guard status == SQLITE_ROW else { throw SQLiteFailure(code: status, database: database) }
                onRow(SQLiteResultRow(columns: columns, values: Self.values(of: statement, count: columns.count)))
            }
        }
    }

    /// Finalizes the statements and closes the connection; later calls fail.
    func close() {
        state.withLock { state in
            for statement in state.statements.values { sqlite_nio_sqlite3_finalize(statement) }
            state.statements = [:]
            sqlite_nio_sqlite3_close_v2(state.database)
            state.database = nil
        }
    }

    private static func prepared(_ sql: String, in state: inout State, database: OpaquePointer) throws
        -> OpaquePointer
    {
        if let statement = state.statements[sql] { return statement }
        var statement: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(
            database, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw SQLiteFailure(code: status, database: database) }
        if state.statements.count >= statementCacheLimit {
            for cached in state.statements.values { sqlite_nio_sqlite3_finalize(cached) }
            state.statements = [:]
        }
        state.statements[sql] = statement
        return statement
    }

    private static func bind(_ binds: [SQLiteData], to statement: OpaquePointer, database: OpaquePointer) throws {
        for (offset, value) in binds.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .integer(let integer): status = sqlite_nio_sqlite3_bind_int64(statement, index, Int64(integer))
            case .float(let double): status = sqlite_nio_sqlite3_bind_double(statement, index, double)
            case .text(let text):
                status = sqlite_nio_sqlite3_bind_text64(
                    statement, index, text, UInt64(text.utf8.count), transient, UInt8(SQLITE_UTF8))
            case .blob(let blob):
                status = blob.withUnsafeReadableBytes {
                    sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), transient)
                }
            case .null: status = sqlite_nio_sqlite3_bind_null(statement, index)
            }
            guard status == SQLITE_OK else { throw SQLiteFailure(code: status, database: database) }
        }
    }

    private static func columnNames(of statement: OpaquePointer) -> [String] {
        (0..<sqlite_nio_sqlite3_column_count(statement)).map { column in
            sqlite_nio_sqlite3_column_name(statement, column).map { String(cString: $0) } ?? ""
        }
    }

    private static func values(of statement: OpaquePointer, count: Int) -> [SQLiteData] {
        (0..<Int32(count)).map { column in
            switch sqlite_nio_sqlite3_column_type(statement, column) {
            case SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, column)))
            case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, column))
            case SQLITE_TEXT:
                let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
                guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return .text("") }
                return .text(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
            case SQLITE_BLOB:
                let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
                guard let bytes = sqlite_nio_sqlite3_column_blob(statement, column) else {
                    return .blob(ByteBuffer())
                }
                return .blob(ByteBuffer(bytes: UnsafeRawBufferPointer(start: bytes, count: length)))
            default: return .null
            }
        }
    }

    /// Tells SQLite to copy bound text and blobs, which Swift may free once the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// One result row: the statement's column names and this row's values.
struct SQLiteResultRow: Sendable {
    let columns: [String]
    let values: [SQLiteData]

    /// The value of `column`, or `nil` when the statement has no such column.
    func value(_ column: String) -> SQLiteData? {
        columns.firstIndex(of: column).map { values[$0] }
    }
}

/// An SQLite call that failed: the library's result code and message.
struct SQLiteFailure: Error, CustomStringConvertible {
    let code: Int32
    let message: String

    init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    init(code: Int32, database: OpaquePointer) {
        self.init(code: code, message: String(cString: sqlite_nio_sqlite3_errmsg(database)))
    }

    var description: String { "SQLite error \(code): \(message)" }
}
