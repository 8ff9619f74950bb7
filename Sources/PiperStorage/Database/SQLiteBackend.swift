import Foundation
import Logging
import PiperCore
import SQLKit

/// SQLite in WAL mode: one writer connection whose commits are grouped, and a small pool of read-only
/// connections, each driven directly on the calling thread (see ``SQLiteHandle``).
///
/// Within one process writes never contend for SQLite's lock, so they never spin on `SQLITE_BUSY`;
/// the busy timeout covers a second process (such as `piper migrate`) on the same file.
final class SQLiteBackend: Sendable {
    private let writer: SQLiteGroupCommit
    private let readers: SQLiteReaderPool
    private let logger: Logger

    private init(path: String, writer: SQLiteHandle, logger: Logger) {
        self.logger = logger
        self.writer = SQLiteGroupCommit(database: SQLiteDirectDatabase(handle: writer, logger: logger))
        self.readers = SQLiteReaderPool(maximumCount: 4) {
            try SQLiteBackend.connect(path: path, isReadOnly: true)
        }
    }

    /// Opens (creating when missing) the database file and its folder.
    static func open(path: String, logger: Logger) async throws -> SQLiteBackend {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
        } catch {
            throw StorageError.unavailable("cannot create the folder for \(path): \(error.localizedDescription)")
        }
        let writer = try connect(path: path, isReadOnly: false)
        return SQLiteBackend(path: path, writer: writer, logger: logger)
    }

    /// Runs `body` in an immediate (write-locking) transaction on the writer connection, possibly together
    /// with other writes (see ``SQLiteGroupCommit``); returns once that transaction has committed.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await writer.write(body)
    }

    /// Runs `body` on a read-only connection, which sees every committed write.
    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await readers.withConnection { [logger] in try await body(SQLiteDirectDatabase(handle: $0, logger: logger))
        }
    }

    /// Runs `body` in one read transaction on a read-only connection: all of its reads see one snapshot.
    func readTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await readers.withConnection { [logger] handle in
            let database = SQLiteDirectDatabase(handle: handle, logger: logger)
            try database.run("BEGIN")
            do {
                let result = try await body(database)
                try database.run("COMMIT")
                return result
            } catch {
                try? database.run("ROLLBACK")
                throw error
            }
        }
    }

    /// Closes every connection, once the queued writes have committed.
    func close() async {
        await readers.close()
        await writer.close()
    }

    private static func connect(path: String, isReadOnly: Bool) throws -> SQLiteHandle {
        let handle: SQLiteHandle
        do {
            handle = try SQLiteHandle.open(path: path, creating: !isReadOnly)
        } catch {
            throw StorageError.unavailable("cannot open the SQLite file \(path): \(error)")
        }
        do {
            for pragma in isReadOnly ? readerPragmas : writerPragmas {
                try handle.execute(pragma, []) { _ in }
            }
        } catch {
            handle.close()
            throw StorageError.unavailable("cannot prepare the SQLite file \(path): \(error)")
        }
        return handle
    }

    private static let writerPragmas = [
        "PRAGMA busy_timeout = 10000",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
    ]

    private static let readerPragmas = [
        "PRAGMA busy_timeout = 10000",
        "PRAGMA foreign_keys = ON",
        "PRAGMA query_only = ON",
    ]
}
