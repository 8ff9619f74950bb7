import Logging
import PiperCore
import SQLKit

/// Piper's database: SQLite or PostgreSQL behind one API, so every store is written once.
///
/// Writes run in a transaction; reads see everything committed. User data is read and written only
/// through ``read(in:_:)`` and ``write(in:_:)``, which PostgreSQL's row-level security holds to one
/// tenant. Call ``run()`` from the service group for the lifetime of the process (PostgreSQL needs it to
/// keep its pool) and ``close()`` at the end.
package final class Database: Sendable {
    private enum Backend: Sendable {
        case sqlite(SQLiteBackend)
        case postgres(PostgresBackend)
    }

    /// Which SQL this database speaks.
    package let dialect: Dialect
    /// Where it is, for messages (never includes a password).
    package let location: DatabaseLocation
    private let backend: Backend

    private init(location: DatabaseLocation, backend: Backend) {
        self.location = location
        self.dialect = location.dialect
        self.backend = backend
    }

    /// Opens the database. SQLite files (and their folders) are created; PostgreSQL connects lazily.
    package static func open(
        _ location: DatabaseLocation,
        operationTimeout: Double = 15,
        logger: Logger
    ) async throws -> Database {
        switch location {
        case .sqlite(let path):
            let backend = try await SQLiteBackend.open(path: path, logger: logger)
            return Database(location: location, backend: .sqlite(backend))
        case .postgres(let postgres):
            let backend = PostgresBackend(location: postgres, operationTimeout: operationTimeout, logger: logger)
            return Database(location: location, backend: .postgres(backend))
        }
    }

    /// Runs `body` in one transaction: all of its writes commit together, or none do.
    ///
    /// Without a ``TenantSetting``, PostgreSQL shows no owner-bearing rows: use this for accounts,
    /// migrations and other data outside any tenant. Called inside another writing transaction of this
    /// database (see ``AmbientTransaction``), `body` joins it.
    package func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let ambient = joinable(forWriting: true) { return try await ambient.run(in: nil, dialect: dialect, body) }
        switch backend {
        case .sqlite(let sqlite):
            return try await sqlite.write { sql in try await self.holding(sql, isReadOnly: false, setting: nil, body) }
        case .postgres(let postgres):
            return try await postgres.write { sql in try await self.holding(sql, isReadOnly: false, setting: nil, body)
            }
        }
    }

    /// Runs `body` with a connection for reading data outside any tenant (see ``write(_:)``).
    package func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let ambient = joinable(forWriting: false) { return try await ambient.run(in: nil, dialect: dialect, body) }
        switch backend {
        case .sqlite(let sqlite): return try await sqlite.read(body)
        case .postgres(let postgres): return try await postgres.read(body)
        }
    }

    /// Runs `body` in one transaction confined to `setting`: all of its writes commit together, or none do.
    ///
    /// On PostgreSQL the transaction first sets `piper.workspace_id` and `piper.owner_id` for itself, and
    /// row-level security hides and refuses every other tenant's rows. Every write of user data goes here.
    /// Every call `body` makes on this database joins the transaction. On SQLite, writes that arrive while
    /// another commits are committed together, each in its own savepoint (see ``SQLiteGroupCommit``).
    package func write<T: Sendable>(
        in setting: TenantSetting,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await transaction(in: setting, isReadOnly: false, body)
    }

    /// Runs `body` with a connection for reading, confined to `setting`. Every read of user data goes here.
    ///
    /// On PostgreSQL this is a read-only transaction that first applies the setting (see
    /// ``write(in:_:)``); on SQLite it is a plain read. Inside a transaction of this database it joins that.
    package func read<T: Sendable>(
        in setting: TenantSetting,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        if let ambient = joinable(forWriting: false) {
            return try await ambient.run(in: setting, dialect: dialect, body)
        }
        switch backend {
        case .sqlite(let sqlite): return try await sqlite.read(body)
        case .postgres(let postgres): return try await postgres.transaction(in: setting, isReadOnly: true, body)
        }
    }

    /// Runs `body` in one read-only transaction confined to `setting`: every read `body` makes on this
    /// database joins it and sees the same committed state.
    package func readTogether<T: Sendable>(
        in setting: TenantSetting,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await transaction(in: setting, isReadOnly: true, body)
    }

    /// One transaction confined to `setting` that the calls `body` makes join, or the open one of this
    /// database the task already runs in.
    private func transaction<T: Sendable>(
        in setting: TenantSetting,
        isReadOnly: Bool,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        if let ambient = joinable(forWriting: !isReadOnly) {
            return try await ambient.run(in: setting, dialect: dialect, body)
        }
        let held: @Sendable (any SQLDatabase) async throws -> T = { sql in
            try await self.holding(sql, isReadOnly: isReadOnly, setting: setting, body)
        }
        switch backend {
        case .sqlite(let sqlite): return try await isReadOnly ? sqlite.readTransaction(held) : sqlite.write(held)
        case .postgres(let postgres): return try await postgres.transaction(in: setting, isReadOnly: isReadOnly, held)
        }
    }

    /// The open transaction of this database the current task runs in, if a call may join it: a write
    /// never joins a read-only one.
    private func joinable(forWriting: Bool) -> AmbientTransaction? {
        guard let ambient = AmbientTransaction.current, ambient.database == ObjectIdentifier(self), ambient.isOpen
        else { return nil }
        return forWriting && ambient.isReadOnly ? nil : ambient
    }

    /// Runs `body` as the ambient transaction on `sql`, so the calls it makes join it.
    private func holding<T: Sendable>(
        _ sql: any SQLDatabase,
        isReadOnly: Bool,
        setting: TenantSetting?,
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        let ambient = AmbientTransaction(
            database: ObjectIdentifier(self), sql: sql, isReadOnly: isReadOnly, setting: setting)
        defer { ambient.end() }
        return try await AmbientTransaction.$current.withValue(ambient) { try await body(sql) }
    }

    /// Serves the database until the calling task is cancelled.
    package func run() async {
        switch backend {
        case .sqlite:
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(3600))
            }
        case .postgres(let postgres):
            await postgres.run()
        }
    }

    /// Releases files and connections. SQLite's are closed here; PostgreSQL's close when ``run()`` ends.
    package func close() async {
        if case .sqlite(let sqlite) = backend {
            await sqlite.close()
        }
    }

    /// Answers a trivial query within `seconds`, or throws a ``StorageError``.
    package func ping(timeout seconds: Double) async throws {
        do {
            try await withDeadline(seconds: seconds) {
                try await self.read { database in
                    _ = try await database.raw("SELECT 1 AS one").all()
                }
            }
        } catch StorageError.timedOut(let seconds) {
            if case .postgres(let postgres) = backend { throw await postgres.diagnose() }
            throw StorageError.timedOut(seconds: seconds)
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError.unavailable(String(describing: error))
        }
    }
}
