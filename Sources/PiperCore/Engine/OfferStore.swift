/// The one pending question per conversation, kept in the database so any instance can bind the answer.
package struct OfferStore: Sendable {
    /// Records the question, replacing any earlier one in the conversation.
    package var put: @Sendable (_ scope: Scope, _ offer: PendingOffer) async throws -> Void
    /// The conversation's pending question, if any.
    package var current: @Sendable (_ scope: Scope, _ conversationID: Conversation.ID) async throws -> PendingOffer?
    /// Removes the conversation's pending question.
    package var clear: @Sendable (_ scope: Scope, _ conversationID: Conversation.ID) async throws -> Void

    /// Creates a store from its endpoints.
    package init(
        put: @escaping @Sendable (_ scope: Scope, _ offer: PendingOffer) async throws -> Void,
        current: @escaping @Sendable (_ scope: Scope, _ conversationID: Conversation.ID) async throws -> PendingOffer?,
        clear: @escaping @Sendable (_ scope: Scope, _ conversationID: Conversation.ID) async throws -> Void
    ) {
        self.put = put
        self.current = current
        self.clear = clear
    }
}
