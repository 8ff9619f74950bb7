import Foundation
import PiperCore
import PiperStorage

/// The work `piper-bench storage` times.
struct StoragePlan: Sendable {
    let turns: Int
    let writers: Int
    let reads: Int

    func measure(on database: Database) async throws -> [Measurement] {
        let store = ConversationStore.sql(database)
        let conversations = try await makeConversations(AccountStore.sql(database), store)
        let appends = try await timeAppends(store, conversations)
        let reading = try await timeReads(store, conversations)
        return [appends, reading]
    }

    private func makeConversations(_ accounts: AccountStore, _ store: ConversationStore) async throws
        -> [(Scope, Conversation.ID)]
    {
        let ids = IDGenerator.random
        let now = Date()
        let workspace = Workspace(id: ids.next(), name: "Bench", createdAt: now)
        try await accounts.insertWorkspace(workspace)
        var result: [(Scope, Conversation.ID)] = []
        for index in 0..<writers {
            let user = User(id: ids.next(), displayName: "Writer \(index)", email: nil, timeZone: "UTC", createdAt: now)
            try await accounts.insertUser(user)
            try await accounts.upsertMembership(
                Membership(workspaceID: workspace.id, userID: user.id, role: .member, createdAt: now)
            )
            let scope = Scope(workspace: workspace.id, owner: user.id)
            let conversation = Conversation(
                id: ids.next(), scope: scope, title: "Bench", createdAt: now, updatedAt: now)
            try await store.insert(conversation)
            result.append((scope, conversation.id))
        }
        return result
    }

    private func timeAppends(_ store: ConversationStore, _ conversations: [(Scope, Conversation.ID)]) async throws
        -> Measurement
    {
        let turns = turns
        let started = ContinuousClock.now
        let samples = try await withThrowingTaskGroup(of: [Duration].self) { group in
            for (scope, conversationID) in conversations {
                group.addTask {
                    var samples: [Duration] = []
                    for index in 0..<turns {
                        let draft = TurnDraft(
                            id: IDGenerator.random.next(), conversationID: conversationID, speaker: .user,
                            text: "Turn \(index): what should I focus on this week?", createdAt: Date()
                        )
                        let begin = ContinuousClock.now
                        _ = try await store.appendTurn(scope, draft)
                        samples.append(ContinuousClock.now - begin)
                    }
                    return samples
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        return Measurement(name: "append turn", samples: samples, elapsed: ContinuousClock.now - started)
    }

    private func timeReads(_ store: ConversationStore, _ conversations: [(Scope, Conversation.ID)]) async throws
        -> Measurement
    {
        let started = ContinuousClock.now
        var samples: [Duration] = []
        for index in 0..<reads {
            let (scope, conversationID) = conversations[index % conversations.count]
            let begin = ContinuousClock.now
            _ = try await store.turns(scope, conversationID, max(turns - 50, 0), 50)
            samples.append(ContinuousClock.now - begin)
        }
        return Measurement(name: "read 50 turns", samples: samples, elapsed: ContinuousClock.now - started)
    }
}
