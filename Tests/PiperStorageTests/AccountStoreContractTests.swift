import Foundation
import PiperCore
import PiperTestSupport
import Testing

@Suite("AccountStore contract")
struct AccountStoreContractTests {
    @Test("stores and finds workspaces and users", arguments: StoreBackend.available)
    func storesAndFinds(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let accounts = clients.accounts
            let workspace = Fixtures.workspace()
            let user = Fixtures.user("Sam", email: "sam@example.com")
            try await accounts.insertWorkspace(workspace)
            try await accounts.insertUser(user)
            #expect(try await accounts.workspace(workspace.id) == workspace)
            #expect(try await accounts.user(user.id) == user)
            #expect(try await accounts.workspace(Fixtures.workspace().id) == nil)
        }
    }

    @Test("refuses a second user with the same email", arguments: StoreBackend.available)
    func uniqueEmail(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            try await clients.accounts.insertUser(Fixtures.user("Sam", email: "sam@example.com"))
            await #expect(throws: (any Error).self) {
                try await clients.accounts.insertUser(Fixtures.user("Sam again", email: "SAM@example.com"))
            }
        }
    }

    @Test("adds members and changes their role", arguments: StoreBackend.available)
    func memberships(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let accounts = clients.accounts
            let scope = try await Fixtures.makeScope(in: accounts, role: .member)
            var membership = try #require(try await accounts.memberships(scope.owner).first)
            #expect(membership.role == .member)
            membership.role = .admin
            try await accounts.upsertMembership(membership)
            #expect(try await accounts.memberships(scope.owner).map(\.role) == [.admin])
        }
    }

    @Test("claims an empty installation once, even when asked concurrently", arguments: StoreBackend.available)
    func claimInstallation(backend: StoreBackend) async throws {
        try await backend.withClients { clients in
            let accounts = clients.accounts
            let principals = try await withThrowingTaskGroup(of: Principal.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await accounts.claimInstallation(
                            Fixtures.workspace("W\(index)"), Fixtures.user("U\(index)"))
                    }
                }
                return try await group.reduce(into: Set<Principal>()) { $0.insert($1) }
            }
            #expect(principals.count == 1)
            let principal = try #require(principals.first)
            #expect(principal.role == .owner)
            #expect(try await accounts.user(principal.userID) != nil)
            let again = try await accounts.claimInstallation(Fixtures.workspace(), Fixtures.user())
            #expect(again == principal)
        }
    }
}
