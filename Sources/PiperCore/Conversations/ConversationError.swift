/// What can go wrong with conversations.
package enum ConversationError: Error, Hashable, Sendable {
    /// No such conversation in the caller's scope.
    case notFound(Conversation.ID)
    /// A title is empty or longer than 200 characters.
    case invalidTitle
}
