import PiperCore

/// Lends read-only SQLite connections, opening them on demand up to a maximum.
actor SQLiteReaderPool {
    private let maximumCount: Int
    private let open: @Sendable () async throws -> SQLiteHandle
    private var idle: [SQLiteHandle] = []
    private var openCount = 0
    /// Callers waiting for a connection; each is resumed with one, or with `nil` to try again (a slot
    /// freed up or the pool closed).
    private var waiters: [CheckedContinuation<SQLiteHandle?, Never>] = []
    private var isClosed = false

    init(maximumCount: Int, open: @escaping @Sendable () async throws -> SQLiteHandle) {
        self.maximumCount = maximumCount
        self.open = open
    }

    /// Runs `body` with a connection that no other caller uses meanwhile.
    func withConnection<T: Sendable>(_ body: @Sendable (SQLiteHandle) async throws -> T) async throws -> T {
        let connection = try await lease()
        do {
            let result = try await body(connection)
            await giveBack(connection)
            return result
        } catch {
            await giveBack(connection)
            throw error
        }
    }

    /// Closes the idle connections; leased ones close when they come back, and no more are lent.
    func close() async {
        isClosed = true
        let connections = idle
        idle = []
        wakeAllWaiters()
        for connection in connections {
            connection.close()
        }
    }

    private func lease() async throws -> SQLiteHandle {
        while true {
            guard !isClosed else { throw StorageError.unavailable("the database has been closed") }
            if let connection = idle.popLast() { return connection }
            if openCount < maximumCount { return try await openOne() }
            if let connection = await withCheckedContinuation({ waiters.append($0) }) { return connection }
        }
    }

    /// Opens a connection in a free slot; on failure the slot is freed and a waiter may try it.
    private func openOne() async throws -> SQLiteHandle {
        openCount += 1
        do {
            let connection = try await open()
            if isClosed {
                connection.close()
                throw StorageError.unavailable("the database has been closed")
            }
            return connection
        } catch {
            openCount -= 1
            if !waiters.isEmpty { waiters.removeFirst().resume(returning: nil) }
            throw error
        }
    }

    private func wakeAllWaiters() {
        let waiting = waiters
        waiters = []
        for waiter in waiting { waiter.resume(returning: nil) }
    }

    private func giveBack(_ connection: SQLiteHandle) async {
        if isClosed {
            connection.close()
        } else if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().resume(returning: connection)
        }
    }
}
