import Foundation
import PiperCore
import PiperTestSupport
import Testing

@Suite("ConversationStore scoping")
struct ConversationStoreScopingTests {
    /// Another workspace, and another member of the same workspace: both must see nothing.
    private static func outsiders(of scope: Scope, accounts: AccountStore) async throws -> [Scope] {
        let otherWorkspace = try await Fixtures.makeScope(in: accounts)
        let workspace = try #require(try await accounts.workspace(scope.workspace))
        let colleague = try await Fixtures.makeScope(in: accounts, workspace: workspace, role: .admin)
        return [otherWorkspace, colleague]
    }

    @Test("another scope cannot find, list or read turns", arguments: StoreBackend.available)
    func reads(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let store = clients.conversations
            let (scope, conversation) = try await clients.makeConversation()
            _ = try await store.appendTurn(scope, Fixtures.draft("secret plan", in: conversation.id))
            for outsider in try await Self.outsiders(of: scope, accounts: clients.accounts) {
                #expect(try await store.find(outsider, conversation.id) == nil)
                #expect(try await store.list(outsider, Page()).isEmpty)
                #expect(try await store.turns(outsider, conversation.id, 0, 50).isEmpty)
            }
        }
    }

    @Test("another scope cannot rename, delete or append", arguments: StoreBackend.available)
    func writes(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let store = clients.conversations
            let (scope, conversation) = try await clients.makeConversation()
            for outsider in try await Self.outsiders(of: scope, accounts: clients.accounts) {
                await #expect(throws: ConversationError.notFound(conversation.id)) {
                    try await store.rename(outsider, conversation.id, "hijacked", Fixtures.now)
                }
                await #expect(throws: ConversationError.notFound(conversation.id)) {
                    try await store.delete(outsider, conversation.id)
                }
                await #expect(throws: ConversationError.notFound(conversation.id)) {
                    try await store.appendTurn(outsider, Fixtures.draft("injected", in: conversation.id))
                }
            }
            #expect(try await store.find(scope, conversation.id) == conversation)
            #expect(try await store.turns(scope, conversation.id, 0, 50).isEmpty)
        }
    }
}
