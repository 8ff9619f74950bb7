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

    /// The scope of the user's data.
    package var scope: Scope { request.principal.scope }
    /// The slots.
    package var slots: Slots { intent.slots }
    /// The original message.
    package var text: String { request.text }
}

/// Handles one action.
package typealias ActionHandler = @Sendable (HandlerContext) async throws -> HandlerOutcome
