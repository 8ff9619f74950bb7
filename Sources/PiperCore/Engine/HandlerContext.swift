import Foundation

/// What a handler knows about the turn it handles.
package struct HandlerContext: Sendable {
    /// The request.
    package var request: TurnRequest
    /// The understood intent, with slots completed from references and answers.
    package var intent: Intent
    /// The action's definition.
    package var definition: ActionDefinition
    /// What consent allows.
    package var consent: ConsentDecision
    /// What "it" or "that" pointed at, if anything.
    package var reference: Reference?
    /// The speaking user.
    package var user: User
    /// Their settings.
    package var preferences: UserPreferences
    /// The moment the turn is handled.
    package var now: Date
    /// The user's time zone.
    package var timeZone: TimeZone
    /// Everything handlers reach.
    package var dependencies: EngineDependencies
    /// The identifier the user's turn is recorded under, known before it is stored.
    package var turnID: Turn.ID
    /// Where the reply's text goes as it is written, for surfaces that show it live.
    package var stream: ReplyStream

    /// The scope of the user's data.
    package var scope: Scope { request.principal.scope }
    /// The slots.
    package var slots: Slots { intent.slots }
    /// The original message.
    package var text: String { request.text }
}

/// Where a handler sends its reply's text piece by piece while it is still being written.
package struct ReplyStream: Sendable {
    /// Receives the next piece of text.
    package var send: @Sendable (_ text: String) async -> Void

    /// Creates a stream.
    package init(send: @escaping @Sendable (_ text: String) async -> Void) {
        self.send = send
    }

    /// A stream nobody reads.
    package static let ignore = ReplyStream { _ in }
}

/// Handles one action.
package typealias ActionHandler = @Sendable (HandlerContext) async throws -> HandlerOutcome
