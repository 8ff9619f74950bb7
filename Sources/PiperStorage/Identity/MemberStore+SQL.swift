import Foundation
import PiperCore
import SQLKit

extension MemberStore {
    /// The member store over Piper's database.
    package static func sql(_ database: Database) -> MemberStore {
        MemberStore(
            list: { workspace in
                try await database.read { sql in
                    try await sql.select().columns(SQLColumn(SQLLiteral.all, table: SQLIdentifier("u")))
                        .column(SQLColumn("role", table: "m")).column(
                            SQLColumn("created_at", table: "m"), as: "joined_at"
                        )
                        .from(SQLAlias(SQLIdentifier("memberships"), as: SQLIdentifier("m")))
                        .join(
                            SQLAlias(SQLIdentifier("users"), as: SQLIdentifier("u")), on: SQLColumn("id", table: "u"),
                            .equal, SQLColumn("user_id", table: "m")
                        )
                        .where(SQLColumn("workspace_id", table: "m"), .equal, SQLBind(workspace.rawValue))
                        .orderBy(SQLColumn("created_at", table: "m")).all().map(MemberRows.member)
                }
            },
            role: { workspace, user in
                try await database.read { try await MemberRows.role(workspace, user, sql: $0) }
            },
            setRole: { workspace, user, role in
                try await database.write { sql in
                    try await MemberRows.requireOwnerRemains(
                        workspace, changing: user, sql: sql, removing: role != .owner)
                    try await sql.update("memberships").set("role", to: role.rawValue)
                        .where("workspace_id", .equal, workspace.rawValue).where("user_id", .equal, user.rawValue).run()
                }
            },
            remove: { workspace, user, now in
                let dialect = database.dialect
                try await database.write { sql in
                    try await MemberRows.requireOwnerRemains(workspace, changing: user, sql: sql, removing: true)
                    try await sql.delete(from: "memberships")
                        .where("workspace_id", .equal, workspace.rawValue).where("user_id", .equal, user.rawValue).run()
                    let scope = Scope(workspace: workspace, owner: user)
                    try await TenantSetting.owner(scope).apply(to: sql, dialect: dialect)
                    try await ScopedQuery.scoped(sql.update("sessions"), to: scope)
                        .set("revoked_at", to: now).where("revoked_at", .is, SQLLiteral.null).run()
                }
            }
        )
    }
}

/// Rows of the memberships table joined with users.
enum MemberRows {
    static func member(_ row: any SQLRow) throws -> Member {
        Member(
            user: try AccountRows.user(row), username: try row.decode(column: "username", as: String?.self),
            role: try row.enumeration("role", as: Membership.Role.self),
            joinedAt: try row.decode(column: "joined_at", as: Date.self))
    }

    static func role(_ workspace: Workspace.ID, _ user: User.ID, sql: any SQLDatabase) async throws -> Membership.Role?
    {
        try await sql.select().column("role").from("memberships")
            .where("workspace_id", .equal, workspace.rawValue).where("user_id", .equal, user.rawValue)
            .first().map { try $0.enumeration("role", as: Membership.Role.self) }
    }

    /// Throws when the member is missing, or when the change would remove the workspace's last owner.
    static func requireOwnerRemains(
        _ workspace: Workspace.ID, changing user: User.ID, sql: any SQLDatabase, removing: Bool
    ) async throws {
        guard let current = try await role(workspace, user, sql: sql) else { throw AccountError.notFound("member") }
        guard current == .owner, removing else { return }
        let owners = try await sql.select().column("user_id").from("memberships")
            .where("workspace_id", .equal, workspace.rawValue).where("role", .equal, Membership.Role.owner.rawValue)
            .all()
        if owners.count <= 1 { throw AccountError.lastOwner }
    }
}
