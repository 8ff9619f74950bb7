import Foundation
import PiperCore
import SQLKit

/// Rows of the account tables, to and from domain values.
enum AccountRows {
    static func claimInstallation(
        workspace: Workspace,
        owner: User,
        in sql: any SQLDatabase,
        dialect: Dialect
    ) async throws -> Principal {
        if let lock = dialect.lockStatement(for: .installationClaim) {
            try await sql.raw(SQLQueryString(lock)).run()
        }
        if let existing = try await firstOwner(in: sql) { return existing }
        try await insert(workspace, into: sql)
        try await insert(owner, into: sql)
        let membership = Membership(
            workspaceID: workspace.id, userID: owner.id, role: .owner, createdAt: workspace.createdAt)
        try await upsert(membership, into: sql)
        return Principal(userID: owner.id, workspaceID: workspace.id, role: .owner)
    }

    static func firstOwner(in sql: any SQLDatabase) async throws -> Principal? {
        let row = try await sql.select().columns("*").from("memberships")
            .where("role", .equal, Membership.Role.owner.rawValue)
            .orderBy("created_at").orderBy("workspace_id").limit(1).first()
        return try row.map(membership).map { Principal(userID: $0.userID, workspaceID: $0.workspaceID, role: $0.role) }
    }

    static func insert(_ workspace: Workspace, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "workspaces").columns("id", "name", "created_at")
            .values(SQLBind(workspace.id.rawValue), SQLBind(workspace.name), SQLBind(workspace.createdAt)).run()
    }

    static func insert(_ user: User, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "users").columns("id", "display_name", "email", "time_zone", "created_at")
            .values(
                SQLBind(user.id.rawValue), SQLBind(user.displayName), SQLBind(user.email?.lowercased()),
                SQLBind(user.timeZone), SQLBind(user.createdAt)
            ).run()
    }

    static func upsert(_ membership: Membership, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "memberships").columns("workspace_id", "user_id", "role", "created_at")
            .values(
                SQLBind(membership.workspaceID.rawValue), SQLBind(membership.userID.rawValue),
                SQLBind(membership.role.rawValue), SQLBind(membership.createdAt)
            )
            .onConflict(with: ["workspace_id", "user_id"]) { $0.set(excludedValueOf: "role") }
            .run()
    }

    static func workspace(_ row: any SQLRow) throws -> Workspace {
        Workspace(
            id: try row.identifier("id"),
            name: try row.decode(column: "name", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self)
        )
    }

    static func user(_ row: any SQLRow) throws -> User {
        User(
            id: try row.identifier("id"),
            displayName: try row.decode(column: "display_name", as: String.self),
            email: try row.decode(column: "email", as: String?.self),
            timeZone: try row.decode(column: "time_zone", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self)
        )
    }

    static func membership(_ row: any SQLRow) throws -> Membership {
        Membership(
            workspaceID: try row.identifier("workspace_id"),
            userID: try row.identifier("user_id"),
            role: try row.enumeration("role", as: Membership.Role.self),
            createdAt: try row.decode(column: "created_at", as: Date.self)
        )
    }
}
