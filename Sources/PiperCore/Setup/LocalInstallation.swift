import Foundation

/// Gives an empty installation a workspace and a user, so one person can use Piper with no sign-up.
package struct LocalInstallation: Sendable {
    private let accounts: AccountStore
    private let ids: IDGenerator
    private let clock: DateGenerator

    /// Creates the use case over the account store.
    package init(accounts: AccountStore, ids: IDGenerator, clock: DateGenerator) {
        self.accounts = accounts
        self.ids = ids
        self.clock = clock
    }

    /// Returns the installation's local principal, creating it on first start.
    package func ensurePrincipal(displayName: String, timeZone: TimeZone) async throws -> Principal {
        let now = clock.now()
        let workspace = Workspace(id: ids.next(), name: "Local workspace", createdAt: now)
        let user = User(
            id: ids.next(),
            displayName: displayName,
            email: nil,
            timeZone: timeZone.identifier,
            createdAt: now
        )
        return try await accounts.claimInstallation(workspace, user)
    }
}
