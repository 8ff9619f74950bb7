import PiperCore

/// Where `piper chat` and `piper ask` send messages: the local database or a running server.
package struct ChatBackend: Sendable {
    /// A name for the target, used to remember the current conversation per target.
    package var target: String
    /// Starts a conversation and returns its ID.
    package var startConversation: @Sendable () async throws -> String
    /// Whether a conversation still exists.
    package var conversationExists: @Sendable (_ id: String) async throws -> Bool
    /// Sends one message through the turn pipeline and returns Piper's reply; text a model writes also goes to
    /// `stream`, piece by piece, while it is written.
    package var send:
        @Sendable (_ conversationID: String, _ text: String, _ stream: ReplyStream) async throws -> ChatReply

    /// Creates a backend from its endpoints.
    package init(
        target: String,
        startConversation: @escaping @Sendable () async throws -> String,
        conversationExists: @escaping @Sendable (_ id: String) async throws -> Bool,
        send:
            @escaping @Sendable (_ conversationID: String, _ text: String, _ stream: ReplyStream) async throws ->
            ChatReply
    ) {
        self.target = target
        self.startConversation = startConversation
        self.conversationExists = conversationExists
        self.send = send
    }
}
