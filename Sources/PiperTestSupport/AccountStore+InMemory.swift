import PiperCore

extension AccountStore {
    /// An account store kept in memory, for tests and the contract suite.
    package static func inMemory(_ data: InMemoryData = InMemoryData()) -> AccountStore {
        AccountStore(
            claimInstallation: { workspace, owner in
                await data.run { data in
                    if let first = data.memberships.filter({ $0.role == .owner }).min(by: {
                        $0.createdAt < $1.createdAt
                    }) {
                        return Principal(userID: first.userID, workspaceID: first.workspaceID, role: .owner)
                    }
                    data.workspaces[workspace.id] = workspace
                    data.users[owner.id] = owner
                    data.memberships.append(
                        Membership(
                            workspaceID: workspace.id, userID: owner.id, role: .owner, createdAt: workspace.createdAt)
                    )
                    return Principal(userID: owner.id, workspaceID: workspace.id, role: .owner)
                }
            },
            insertWorkspace: { workspace in
                try await data.run { data in
                    guard data.workspaces[workspace.id] == nil else { throw InMemoryConflict() }
                    data.workspaces[workspace.id] = workspace
                }
            },
            insertUser: { user in
                try await data.run { data in
                    let email = user.email?.lowercased()
                    let emailTaken = email != nil && data.users.values.contains { $0.email?.lowercased() == email }
                    guard data.users[user.id] == nil, !emailTaken else { throw InMemoryConflict() }
                    data.users[user.id] = user
                }
            },
            upsertMembership: { membership in
                try await data.run { data in
                    guard data.workspaces[membership.workspaceID] != nil, data.users[membership.userID] != nil else {
                        throw InMemoryConflict()
                    }
                    if let index = data.memberships.firstIndex(where: {
                        $0.workspaceID == membership.workspaceID && $0.userID == membership.userID
                    }) {
                        data.memberships[index].role = membership.role
                    } else {
                        data.memberships.append(membership)
                    }
                }
            },
            workspace: { id in await data.run { $0.workspaces[id] } },
            user: { id in await data.run { $0.users[id] } },
            memberships: { userID in
                await data.run { data in
                    data.memberships.filter { $0.userID == userID }.sorted { $0.createdAt < $1.createdAt }
                }
            }
        )
    }
}

/// A uniqueness or reference violation in the in-memory stores, as a database would refuse it.
package struct InMemoryConflict: Error, Hashable, Sendable {}
