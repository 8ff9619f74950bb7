import PiperCore

extension ConversationStore {
    /// A conversation store kept in memory, for tests and the contract suite.
    package static func inMemory(_ data: InMemoryData = InMemoryData()) -> ConversationStore {
        ConversationStore(
            insert: { conversation in
                try await data.run { data in
                    guard data.conversations[conversation.id] == nil else { throw InMemoryConflict() }
                    data.conversations[conversation.id] = conversation
                }
            },
            find: { scope, id in await data.run { $0.conversation(id, in: scope) } },
            list: { scope, page in
                await data.run { data in
                    let mine = data.conversations.values.filter { $0.scope == scope }
                        .sorted { ($0.updatedAt, $1.id.description) > ($1.updatedAt, $0.id.description) }
                    return Array(mine.dropFirst(page.offset).prefix(page.limit))
                }
            },
            rename: { scope, id, title, at in
                try await data.run { data in
                    guard var conversation = data.conversation(id, in: scope) else {
                        throw ConversationError.notFound(id)
                    }
                    conversation.title = title
                    conversation.updatedAt = at
                    data.conversations[id] = conversation
                    return conversation
                }
            },
            delete: { scope, id in
                try await data.run { data in
                    guard data.conversation(id, in: scope) != nil else { throw ConversationError.notFound(id) }
                    data.conversations[id] = nil
                    data.turns[id] = nil
                }
            },
            appendTurns: { scope, drafts in
                try await data.run { data in
                    try drafts.map { draft in
                        guard data.conversation(draft.conversationID, in: scope) != nil else {
                            throw ConversationError.notFound(draft.conversationID)
                        }
                        let turn = Turn(
                            id: draft.id, conversationID: draft.conversationID, scope: scope,
                            sequence: (data.turns[draft.conversationID]?.count ?? 0) + 1,
                            speaker: draft.speaker, text: draft.text, createdAt: draft.createdAt,
                            details: draft.details)
                        data.turns[draft.conversationID, default: []].append(turn)
                        data.conversations[draft.conversationID]?.updatedAt = draft.createdAt
                        return turn
                    }
                }
            },
            turns: { scope, id, afterSequence, limit in
                await data.run { data in
                    guard data.conversation(id, in: scope) != nil else { return [] }
                    let later = (data.turns[id] ?? []).filter { $0.sequence > afterSequence }
                    return Array(later.prefix(Page(limit: limit).limit))
                }
            },
            latestTurns: { scope, id, limit in
                await data.run { data in
                    guard data.conversation(id, in: scope) != nil else { return [] }
                    return Array((data.turns[id] ?? []).suffix(Page(limit: limit).limit))
                }
            }
        )
    }
}

extension InMemoryData {
    fileprivate func conversation(_ id: Conversation.ID, in scope: Scope) -> Conversation? {
        conversations[id].flatMap { $0.scope == scope ? $0 : nil }
    }
}
