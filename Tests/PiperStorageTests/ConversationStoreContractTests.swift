import Foundation
import PiperCore
import PiperTestSupport
import Testing

@Suite("ConversationStore contract")
struct ConversationStoreContractTests {
    @Test("creates, reads, renames and deletes", arguments: StoreBackend.available)
    func crud(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let store = clients.conversations
            let (scope, conversation) = try await clients.makeConversation()
            #expect(try await store.find(scope, conversation.id) == conversation)

            let later = Fixtures.now.addingTimeInterval(60)
            let renamed = try await store.rename(scope, conversation.id, "Roadmap review", later)
            #expect(renamed.title == "Roadmap review")
            #expect(renamed.updatedAt == later)
            #expect(try await store.find(scope, conversation.id)?.title == "Roadmap review")

            try await store.delete(scope, conversation.id)
            #expect(try await store.find(scope, conversation.id) == nil)
            await #expect(throws: ConversationError.notFound(conversation.id)) {
                try await store.delete(scope, conversation.id)
            }
        }
    }

    @Test("appends turns in order and reads them after a sequence number", arguments: StoreBackend.available)
    func turns(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let store = clients.conversations
            let (scope, conversation) = try await clients.makeConversation()
            let first = try await store.appendTurn(scope, Fixtures.draft("add a todo", in: conversation.id))
            let later = Fixtures.now.addingTimeInterval(5)
            let second = try await store.appendTurn(
                scope, Fixtures.draft("Added.", in: conversation.id, speaker: .piper, at: later)
            )
            #expect(first.sequence == 1)
            #expect(second.sequence == 2)
            #expect(try await store.turns(scope, conversation.id, 0, 50) == [first, second])
            #expect(try await store.turns(scope, conversation.id, 1, 50) == [second])
            #expect(try await store.find(scope, conversation.id)?.updatedAt == later)
        }
    }

    @Test(
        "reads a conversation's latest turns, oldest first, and nothing of another scope's",
        arguments: StoreBackend.available)
    func latestTurns(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let store = clients.conversations
            let (scope, conversation) = try await clients.makeConversation()
            for index in 1...30 {
                _ = try await store.appendTurn(scope, Fixtures.draft("message \(index)", in: conversation.id))
            }
            let latest = try await store.latestTurns(scope, conversation.id, 12)
            #expect(latest.map(\.sequence) == Array(19...30))
            #expect(latest.last?.text == "message 30")
            #expect(try await store.latestTurns(scope, conversation.id, 100).count == 30)
            let (stranger, _) = try await clients.makeConversation()
            #expect(try await store.latestTurns(stranger, conversation.id, 12).isEmpty)
        }
    }

    @Test("deleting a conversation removes its turns", arguments: StoreBackend.available)
    func deleteCascades(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let store = clients.conversations
            let (scope, conversation) = try await clients.makeConversation()
            _ = try await store.appendTurn(scope, Fixtures.draft("hello", in: conversation.id))
            try await store.delete(scope, conversation.id)
            #expect(try await store.turns(scope, conversation.id, 0, 50).isEmpty)
        }
    }

    @Test("lists the most recently active first, a page at a time", arguments: StoreBackend.available)
    func listing(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let store = clients.conversations
            let scope = try await Fixtures.makeScope(in: clients.accounts)
            let conversations = (0..<5).map { index in
                Fixtures.conversation(in: scope, title: "C\(index)", at: Fixtures.now.addingTimeInterval(Double(index)))
            }
            for conversation in conversations { try await store.insert(conversation) }
            let firstPage = try await store.list(scope, Page(limit: 2))
            let secondPage = try await store.list(scope, Page(limit: 2, offset: 2))
            #expect(firstPage.map(\.title) == ["C4", "C3"])
            #expect(secondPage.map(\.title) == ["C2", "C1"])
        }
    }

    @Test("concurrent appends to one conversation take consecutive sequence numbers", arguments: StoreBackend.available)
    func concurrentWriters(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let store = clients.conversations
            let (scope, conversation) = try await clients.makeConversation()
            let writers = 40
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<writers {
                    group.addTask {
                        _ = try await store.appendTurn(scope, Fixtures.draft("turn \(index)", in: conversation.id))
                    }
                }
                try await group.waitForAll()
            }
            let turns = try await store.turns(scope, conversation.id, 0, 200)
            #expect(turns.map(\.sequence) == Array(1...writers))
            #expect(Set(turns.map(\.text)).count == writers)
        }
    }
}
