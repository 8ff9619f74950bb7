import Foundation
import PiperCore
import PiperStorage
import Testing

/// One implementation of the store clients, for contract suites that must hold for all of them.
package enum StoreBackend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    /// The in-memory doubles.
    case memory
    /// A fresh SQLite file.
    case sqlite
    /// A fresh PostgreSQL database.
    case postgres

    /// The backends this run can reach (PostgreSQL needs `PIPER_TEST_POSTGRES_URL`).
    package static var available: [StoreBackend] {
        [.memory] + TestDatabase.availableDialects.map { $0 == .sqlite ? .sqlite : .postgres }
    }

    /// The name tests show.
    package var testDescription: String { rawValue }

    /// The clients a contract test exercises.
    package struct Clients: Sendable {
        /// Workspaces, users and memberships.
        package var accounts: AccountStore
        /// Conversations and turns.
        package var conversations: ConversationStore

        /// Creates a member's scope and stores one conversation in it.
        package func makeConversation() async throws -> (Scope, Conversation) {
            let scope = try await Fixtures.makeScope(in: accounts)
            let conversation = Fixtures.conversation(in: scope)
            try await conversations.insert(conversation)
            return (scope, conversation)
        }
    }

    /// Runs `body` with fresh, empty clients of this backend.
    package func withClients<T: Sendable>(_ body: @escaping @Sendable (Clients) async throws -> T) async throws -> T {
        switch self {
        case .memory:
            let data = InMemoryData()
            return try await body(Clients(accounts: .inMemory(data), conversations: .inMemory(data)))
        case .sqlite, .postgres:
            return try await TestDatabase.withMigrated(self == .sqlite ? .sqlite : .postgres) { database in
                try await body(Clients(accounts: .sql(database), conversations: .sql(database)))
            }
        }
    }
}
