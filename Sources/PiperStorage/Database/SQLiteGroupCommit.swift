import PiperCore
import SQLKit
import Synchronization

/// The writer connection's commits, grouped: every write that arrives while a commit is under way joins
/// the next one, so concurrent writers share one `fsync` instead of queueing for one each.
///
/// Each write runs in its own savepoint, so one that fails rolls back alone; each caller hears back only
/// once its batch has committed durably, and when the commit fails, every write in it fails. Writes run one
/// after another on one connection, so within the process they never contend for SQLite's lock.
final class SQLiteGroupCommit: Sendable {
    private struct State {
        var pending: [WriteJob] = []
        var isCommitting = false
        var isClosed = false
        var closers: [CheckedContinuation<Void, Never>] = []
    }

    /// One caller's write: its work, and how it hears the outcome.
    private struct WriteJob: Sendable {
        /// Runs the caller's work; returns its failure, if any.
        let perform: @Sendable (any SQLDatabase) async -> (any Error)?
        /// Tells the caller how it ended: `nil` once committed.
        let finish: @Sendable ((any Error)?) -> Void
    }

    /// The most writes one commit takes, which bounds how long a write waits behind others.
    static let maximumBatch = 64

    private let database: SQLiteDirectDatabase
    private let state = Mutex(State())

    init(database: SQLiteDirectDatabase) {
        self.database = database
    }

    /// Runs `body` on the writer connection in the next commit and returns its result once that committed.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let result = ResultSlot<T>()
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            enqueue(
                WriteJob(
                    perform: { sql in
                        do {
                            result.store(try await body(sql))
                            return nil
                        } catch {
                            return error
                        }
                    },
                    finish: { failure in
                        if let failure { continuation.resume(throwing: failure) } else { continuation.resume() }
                    }))
        }
        return try result.taken()
    }

    /// Refuses new writes, waits for the queued ones to commit, and closes the connection.
    func close() async {
        await withCheckedContinuation { (closed: CheckedContinuation<Void, Never>) in
            let isIdle = state.withLock { state in
                state.isClosed = true
                if state.isCommitting { state.closers.append(closed) }
                return !state.isCommitting
            }
            if isIdle { closed.resume() }
        }
        database.handle.close()
    }

    private func enqueue(_ job: WriteJob) {
        enum Next { case refuse, wait, start }
        let next = state.withLock { state -> Next in
            if state.isClosed { return .refuse }
            state.pending.append(job)
            if state.isCommitting { return .wait }
            state.isCommitting = true
            return .start
        }
        switch next {
        case .refuse: job.finish(StorageError.unavailable("the database has been closed"))
        case .wait: break
        case .start: Task.detached { await self.commitAll() }
        }
    }

    /// Commits batch after batch until nothing is queued.
    private func commitAll() async {
        while let batch = nextBatch() {
            await commit(batch)
        }
    }

    private func nextBatch() -> [WriteJob]? {
        let (batch, closers) = state.withLock { state -> ([WriteJob]?, [CheckedContinuation<Void, Never>]) in
            guard state.pending.isEmpty else {
                let batch = Array(state.pending.prefix(Self.maximumBatch))
                state.pending.removeFirst(batch.count)
                return (batch, [])
            }
            state.isCommitting = false
            defer { state.closers = [] }
            return (nil, state.closers)
        }
        for closer in closers { closer.resume() }
        return batch
    }

    private func commit(_ batch: [WriteJob]) async {
        let sql: any SQLDatabase = database
        var failures: [(any Error)?] = []
        do {
            try database.run("BEGIN IMMEDIATE")
            for job in batch {
                failures.append(try await perform(job, on: sql, alone: batch.count == 1))
            }
            if failures.allSatisfy({ $0 != nil }) {
                try database.run("ROLLBACK")
            } else {
                try database.run("COMMIT")
            }
        } catch {
            try? database.run("ROLLBACK")
            for job in batch { job.finish(error) }
            return
        }
        for (job, failure) in zip(batch, failures) { job.finish(failure) }
    }

    /// Runs one write; unless it is the batch's only one, inside a savepoint it alone rolls back to.
    private func perform(_ job: WriteJob, on sql: any SQLDatabase, alone: Bool) async throws -> (any Error)? {
        if alone { return await job.perform(sql) }
        try database.run("SAVEPOINT piper_write")
        guard let failure = await job.perform(sql) else {
            try database.run("RELEASE piper_write")
            return nil
        }
        try database.run("ROLLBACK TO piper_write")
        try database.run("RELEASE piper_write")
        return failure
    }
}
