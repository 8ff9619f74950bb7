import PiperCore
import Testing

/// Raised by a failing double after it records the unexpected call as a test issue.
package struct UnexpectedCall: Error, CustomStringConvertible {
    /// The endpoint that was called.
    package var endpoint: String
    /// Names the endpoint.
    package var description: String { "unexpected call to \(endpoint)" }
}

func unexpected<T>(_ endpoint: String) throws -> T {
    Issue.record("Unexpected call to \(endpoint)")
    throw UnexpectedCall(endpoint: endpoint)
}

extension AccountStore {
    /// A double whose every endpoint fails the test; override the ones a scenario needs.
    package static var failing: AccountStore {
        AccountStore(
            claimInstallation: { _, _ in try unexpected("AccountStore.claimInstallation") },
            insertWorkspace: { _ in try unexpected("AccountStore.insertWorkspace") },
            insertUser: { _ in try unexpected("AccountStore.insertUser") },
            upsertMembership: { _ in try unexpected("AccountStore.upsertMembership") },
            workspace: { _ in try unexpected("AccountStore.workspace") },
            user: { _ in try unexpected("AccountStore.user") },
            memberships: { _ in try unexpected("AccountStore.memberships") }
        )
    }
}

extension ConversationStore {
    /// A double whose every endpoint fails the test; override the ones a scenario needs.
    package static var failing: ConversationStore {
        ConversationStore(
            insert: { _ in try unexpected("ConversationStore.insert") },
            find: { _, _ in try unexpected("ConversationStore.find") },
            list: { _, _ in try unexpected("ConversationStore.list") },
            rename: { _, _, _, _ in try unexpected("ConversationStore.rename") },
            delete: { _, _ in try unexpected("ConversationStore.delete") },
            appendTurns: { _, _ in try unexpected("ConversationStore.appendTurns") },
            turns: { _, _, _, _ in try unexpected("ConversationStore.turns") },
            latestTurns: { _, _, _ in try unexpected("ConversationStore.latestTurns") }
        )
    }
}
