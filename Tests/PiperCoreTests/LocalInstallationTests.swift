import Foundation
import PiperCore
import PiperTestSupport
import Testing

@Suite("LocalInstallation")
struct LocalInstallationTests {
    @Test("an empty installation gets a workspace and an owner named from configuration")
    func firstStart() async throws {
        let accounts = AccountStore.inMemory()
        let installation = LocalInstallation(
            accounts: accounts, ids: .incrementing(), clock: .constant(Fixtures.now)
        )
        let principal = try await installation.ensurePrincipal(
            displayName: "Alex", timeZone: TimeZone(identifier: "Europe/Berlin")!
        )
        #expect(principal.role == .owner)
        let user = try #require(try await accounts.user(principal.userID))
        #expect(user.displayName == "Alex")
        #expect(user.timeZone == "Europe/Berlin")
        #expect(try await accounts.workspace(principal.workspaceID)?.name == "Local workspace")
    }

    @Test("later starts keep the same principal")
    func laterStarts() async throws {
        let accounts = AccountStore.inMemory()
        let installation = LocalInstallation(accounts: accounts, ids: .random, clock: .system)
        let first = try await installation.ensurePrincipal(displayName: "Alex", timeZone: .gmt)
        let second = try await installation.ensurePrincipal(displayName: "Someone else", timeZone: .gmt)
        #expect(first == second)
    }

    @Test("passes the new workspace and user to the store and nothing else")
    func usesOnlyClaim() async throws {
        var accounts = AccountStore.failing
        accounts.claimInstallation = { workspace, owner in
            #expect(owner.email == nil)
            return Principal(userID: owner.id, workspaceID: workspace.id, role: .owner)
        }
        let installation = LocalInstallation(accounts: accounts, ids: .incrementing(), clock: .constant(Fixtures.now))
        let principal = try await installation.ensurePrincipal(displayName: "Alex", timeZone: .gmt)
        #expect(principal.workspaceID.description == "00000000-0000-0000-0000-000000000001")
    }
}
