/// One message to Piper, from any surface.
package struct TurnRequest: Hashable, Sendable {
    /// Who is speaking.
    package var principal: Principal
    /// The conversation it belongs to.
    package var conversationID: Conversation.ID
    /// Where it came from.
    package var surface: Surface
    /// What the person said.
    package var text: String

    /// Creates a request.
    package init(principal: Principal, conversationID: Conversation.ID, surface: Surface, text: String) {
        self.principal = principal
        self.conversationID = conversationID
        self.surface = surface
        self.text = text
    }

    /// The longest message Piper accepts.
    package static let maximumLength = 4_000
}
