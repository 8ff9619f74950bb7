import PiperCore

/// A CLI conversation: continues the remembered one unless asked for a new one.
package struct ChatSession: Sendable {
    private let backend: ChatBackend
    private let state: CLISessionState

    /// Creates a session over a backend.
    package init(backend: ChatBackend, state: CLISessionState) {
        self.backend = backend
        self.state = state
    }

    /// The conversation to talk in: the remembered one if it still exists, else a new one (remembered).
    package func conversation(startingNew: Bool) async throws -> String {
        if !startingNew, let remembered = state.conversation(for: backend.target),
            try await backend.conversationExists(remembered)
        {
            return remembered
        }
        let started = try await backend.startConversation()
        try state.remember(started, for: backend.target)
        return started
    }

    /// Sends one message in the conversation; pieces of the reply go to `stream` while they are written.
    package func send(_ text: String, in conversationID: String, stream: ReplyStream = .ignore) async throws
        -> ChatReply
    {
        try await backend.send(conversationID, text, stream)
    }
}
