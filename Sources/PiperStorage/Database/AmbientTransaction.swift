import PiperCore
import SQLKit
import Synchronization

/// The transaction a task is running in; the database calls that task (and the tasks it waits for) makes
/// join it instead of opening their own.
struct AmbientTransaction: Sendable {
    /// The database the transaction belongs to.
    let database: ObjectIdentifier
    /// The connection it runs on.
    let sql: any SQLDatabase
    /// Whether it may only read.
    let isReadOnly: Bool
    /// The tenant setting it was opened with (`nil` outside any tenant).
    let setting: TenantSetting?
    private let openness = OpenFlag()

    init(database: ObjectIdentifier, sql: any SQLDatabase, isReadOnly: Bool, setting: TenantSetting?) {
        self.database = database
        self.sql = sql
        self.isReadOnly = isReadOnly
        self.setting = setting
    }

    /// The transaction a task is running in, if any.
    @TaskLocal static var current: AmbientTransaction?

    /// Whether the transaction has not yet ended; a task that outlives it opens its own.
    var isOpen: Bool { openness.isOpen }

    /// Marks the transaction ended.
    func end() {
        openness.close()
    }

    /// Runs `body` on the transaction's connection, under `setting` when it differs from the transaction's
    /// own (PostgreSQL only); the transaction's own setting is restored afterwards.
    func run<T: Sendable>(
        in setting: TenantSetting?,
        dialect: Dialect,
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        guard let setting, setting != self.setting, dialect == .postgres else { return try await body(sql) }
        try await setting.apply(to: sql, dialect: dialect)
        let restored = self.setting ?? TenantSetting.nobody
        do {
            let result = try await body(sql)
            try await restored.apply(to: sql, dialect: dialect)
            return result
        } catch {
            try? await restored.apply(to: sql, dialect: dialect)
            throw error
        }
    }
}

/// Whether an ambient transaction is still open.
private final class OpenFlag: Sendable {
    private let state = Atomic<Bool>(true)

    var isOpen: Bool { state.load(ordering: .acquiring) }

    func close() {
        state.store(false, ordering: .releasing)
    }
}
