import Foundation
import Logging
import NIOPosix
import PiperCore
import SQLKit
import SQLiteKit

/// SQLite in WAL mode: one writer connection whose commits are grouped, and a small pool of read-only
/// connections.
///
/// Within one process writes never contend for SQLite's lock, so they never spin on `SQLITE_BUSY`;
/// the busy timeout covers a second process (such as `piper migrate`) on the same file.
final class SQLiteBackend: Sendable {
    private let path: String
    private let threadPool: NIOThreadPool
    private let writer: SQLiteGroupCommit
    private let readers: SQLiteReaderPool
    private let logger: Logger

    private init(path: String, threadPool: NIOThreadPool, writer: SQLiteConnection, logger: Logger) {
        self.path = path
        self.threadPool = threadPool
        self.writer = SQLiteGroupCommit(connection: writer)
        self.logger = logger
        self.readers = SQLiteReaderPool(maximumCount: 4) {
            try await SQLiteBackend.connect(path: path, threadPool: threadPool, logger: logger, isReadOnly: true)
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
        let threadPool = NIOThreadPool(numberOfThreads: 4)
        threadPool.start()
        do {
            let writer = try await connect(path: path, threadPool: threadPool, logger: logger, isReadOnly: false)
            return SQLiteBackend(path: path, threadPool: threadPool, writer: writer, logger: logger)
        } catch {
            try? await threadPool.shutdownGracefully()
            throw error
        }
    }

    /// Runs `body` in an immediate (write-locking) transaction on the writer connection, possibly together
    /// with other writes (see ``SQLiteGroupCommit``); returns once that transaction has committed.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await writer.write(body)
    }

    /// Runs `body` on a read-only connection, which sees every committed write.
    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await readers.withConnection { try await body($0.sql()) }
    }

    /// Runs `body` in one read transaction on a read-only connection: all of its reads see one snapshot.
    func readTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await readers.withConnection { connection in
            try await connection.runUncancellable("BEGIN")
            do {
                let result = try await body(connection.sql())
                try await connection.runUncancellable("COMMIT")
                return result
            } catch {
                try? await connection.runUncancellable("ROLLBACK")
                throw error
            }
        }
    }

    /// Closes every connection and stops the thread pool.
    func close() async {
        await readers.close()
        await writer.close()
        try? await threadPool.shutdownGracefully()
    }

    private static func connect(
        path: String,
        threadPool: NIOThreadPool,
        logger: Logger,
        isReadOnly: Bool
    ) async throws -> SQLiteConnection {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(
                storage: .file(path: path),
                threadPool: threadPool,
                logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any()
            )
        } catch {
            throw StorageError.unavailable("cannot open the SQLite file \(path): \(error)")
        }
        do {
            for pragma in isReadOnly ? readerPragmas : writerPragmas {
                try await connection.runUncancellable(pragma)
            }
        } catch {
            try? await connection.closeUncancellable()
            throw StorageError.unavailable("cannot prepare the SQLite file \(path): \(error)")
        }
        return connection
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
