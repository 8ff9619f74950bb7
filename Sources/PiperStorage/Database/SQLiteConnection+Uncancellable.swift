import NIOCore
import SQLiteKit

extension SQLiteConnection {
    /// Runs a statement even when the calling task is cancelled.
    ///
    /// SQLiteNIO's async calls give up on cancelled tasks; a rollback or close must still happen, or the
    /// writer would be left inside a transaction, or a file handle leaked.
    func runUncancellable(_ statement: String) async throws {
        let future: EventLoopFuture<[SQLiteRow]> = query(statement, [])
        _ = try await future.get()
    }

    /// Closes the connection even when the calling task is cancelled.
    func closeUncancellable() async throws {
        let future: EventLoopFuture<Void> = close()
        try await future.get()
    }
}
