import Foundation

/// Starts conversations and names them after their first message.
package struct ConversationStarting: Sendable {
    private let engine: EngineDependencies

    /// Creates the use case.
    package init(engine: EngineDependencies) {
        self.engine = engine
    }

    /// The title a conversation has until its first message names it.
    package static let untitled = "New conversation"

    /// Starts a conversation in the scope; an empty title becomes ``untitled``.
    package func start(scope: Scope, title: String) async throws -> Conversation {
        let now = engine.clock.now()
        let cleaned = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let conversation = Conversation(
            id: engine.ids.next(), scope: scope,
            title: cleaned.isEmpty ? Self.untitled : try Self.validatedTitle(cleaned),
            createdAt: now, updatedAt: now)
        try await engine.conversations.insert(conversation)
        return conversation
    }

    /// A trimmed title of 1 to 200 characters, or ``ConversationError/invalidTitle``.
    package static func validatedTitle(_ title: String) throws -> String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(trimmed.count) else { throw ConversationError.invalidTitle }
        return trimmed
    }

    /// A title from a first message: its first line, cut at a word boundary near 60 characters.
    package static func title(fromFirstMessage text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        guard line.count > 60 else { return line }
        let cut = line.prefix(60)
        let boundary = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<boundary]) + "…"
    }
}
