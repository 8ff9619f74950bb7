import Foundation

/// What a turn reads before it decides anything, read together in one consistent snapshot.
struct TurnFacts: Sendable {
    /// The conversation the turn belongs to.
    var conversation: Conversation
    /// The speaking user.
    var user: User
    /// Their settings.
    var preferences: UserPreferences
    /// The question Piper left pending in the conversation, if any.
    var offer: PendingOffer?
    /// The session's recent activity, which "it" and "that" refer to.
    var ledger: [LedgerEntry]

    /// How far back "it" and "that" may reach.
    static let ledgerWindow: TimeInterval = 12 * 3600
    /// How many recent activities a reference is resolved against.
    static let ledgerLimit = 20

    /// Reads the facts for `request` at `now`; throws when the conversation or user does not exist.
    static func read(_ request: TurnRequest, now: Date, from dependencies: EngineDependencies) async throws -> TurnFacts
    {
        let scope = request.principal.scope
        guard let conversation = try await dependencies.conversations.find(scope, request.conversationID) else {
            throw ConversationError.notFound(request.conversationID)
        }
        guard let user = try await dependencies.accounts.user(request.principal.userID) else {
            throw TurnError.unknownUser
        }
        return TurnFacts(
            conversation: conversation, user: user,
            preferences: try await dependencies.preferences.preferences(scope),
            offer: try await dependencies.offers.current(scope, request.conversationID),
            ledger: try await dependencies.ledger.entries(
                scope, now.addingTimeInterval(-ledgerWindow), nil, ledgerLimit))
    }
}
