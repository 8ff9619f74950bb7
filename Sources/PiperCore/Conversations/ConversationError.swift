/// What can go wrong with conversations.
package enum ConversationError: Error, Hashable, Sendable {
    /// No such conversation in the caller's scope.
    case notFound(Conversation.ID)
}
