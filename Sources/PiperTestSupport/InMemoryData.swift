import PiperCore

/// The state behind the in-memory stores: the same rules as the database, held in an actor.
package actor InMemoryData {
    var workspaces: [Workspace.ID: Workspace] = [:]
    var users: [User.ID: User] = [:]
    var memberships: [Membership] = []
    var conversations: [Conversation.ID: Conversation] = [:]
    var turns: [Conversation.ID: [Turn]] = [:]

    /// Creates empty state.
    package init() {}

    func run<T: Sendable>(_ body: @Sendable (isolated InMemoryData) throws -> T) rethrows -> T {
        try body(self)
    }
}
