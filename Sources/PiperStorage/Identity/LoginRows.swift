import Foundation
import PiperCore
import SQLKit

/// Sign-up and sign-in rows of the users, memberships and invitations tables.
enum LoginRows {
    static func record(_ row: any SQLRow) throws -> LoginRecord {
        LoginRecord(
            user: try AccountRows.user(row),
            username: try row.decode(column: "username", as: String?.self),
            passwordHash: try row.decode(column: "password_hash", as: String?.self))
    }

    /// The first account: adopts the embedded mode's local owner, or founds the workspace.
    static func claimFirstAccount(
        _ account: NewAccount, workspaceID: Workspace.ID, sql: any SQLDatabase, dialect: Dialect
    ) async throws -> Principal {
        if let lock = dialect.lockStatement(for: .installationClaim) {
            try await sql.raw(SQLQueryString(lock)).run()
        }
        guard try await !anyoneCanSignIn(sql) else { throw AccountError.signUpNeedsInvitation }
        if let owner = try await AccountRows.firstOwner(in: sql) {
            try await requireFree(account, except: owner.userID, sql: sql)
            try await sql.update("users")
                .set("display_name", to: account.user.displayName).set("email", to: account.user.email)
                .set("username", to: account.username.rawValue).set("password_hash", to: account.passwordHash)
                .where("id", .equal, owner.userID.rawValue).run()
            if let name = account.workspaceName {
                try await sql.update("workspaces").set("name", to: name).where("id", .equal, owner.workspaceID.rawValue)
                    .run()
            }
            return owner
        }
        let name = account.workspaceName ?? "\(account.user.displayName)'s workspace"
        let workspace = Workspace(id: workspaceID, name: name, createdAt: account.user.createdAt)
        try await AccountRows.insert(workspace, into: sql)
        try await insertUser(account, sql: sql)
        try await AccountRows.upsert(
            Membership(
                workspaceID: workspaceID, userID: account.user.id, role: .owner, createdAt: account.user.createdAt),
            into: sql)
        return Principal(userID: account.user.id, workspaceID: workspaceID, role: .owner)
    }

    /// A new member by invitation; the invitation is spent in the same transaction.
    static func acceptInvitation(
        _ account: NewAccount, hash: String, now: Date, sql: any SQLDatabase
    ) async throws -> Principal {
        let invitation = try await spend(hash, for: account.user, now: now, sql: sql)
        try await requireFree(account, except: nil, sql: sql)
        try await insertUser(account, sql: sql)
        try await AccountRows.upsert(
            Membership(
                workspaceID: invitation.workspaceID, userID: account.user.id, role: invitation.role, createdAt: now),
            into: sql)
        try await sql.update("invitations").set("accepted_by", to: account.user.id.rawValue)
            .where("id", .equal, invitation.id.rawValue).run()
        return Principal(userID: account.user.id, workspaceID: invitation.workspaceID, role: invitation.role)
    }

    /// An existing user joins the invitation's workspace.
    static func join(_ user: User, hash: String, now: Date, sql: any SQLDatabase) async throws -> Membership {
        let invitation = try await spend(hash, for: user, now: now, sql: sql)
        guard try await MemberRows.role(invitation.workspaceID, user.id, sql: sql) == nil else {
            throw AccountError.forbidden("You are already a member of that workspace.")
        }
        let membership = Membership(
            workspaceID: invitation.workspaceID, userID: user.id, role: invitation.role, createdAt: now)
        try await AccountRows.upsert(membership, into: sql)
        try await sql.update("invitations").set("accepted_by", to: user.id.rawValue)
            .where("id", .equal, invitation.id.rawValue).run()
        return membership
    }

    /// Marks a live invitation accepted (single use) after checking it is made out to `user`'s address.
    private static func spend(_ hash: String, for user: User, now: Date, sql: any SQLDatabase) async throws
        -> Invitation
    {
        guard
            let row = try await sql.update("invitations").set("accepted_at", to: now)
                .where("token_hash", .equal, hash).where("accepted_at", .is, SQLLiteral.null)
                .where("revoked_at", .is, SQLLiteral.null).where("expires_at", .greaterThan, now)
                .returning("*").first()
        else { throw AccountError.invitationInvalid }
        let invitation = try InvitationRows.invitation(row)
        guard invitation.email.rawValue == user.email else { throw AccountError.invitationForAnotherEmail }
        return invitation
    }

    /// Whether sign-up is closed to the uninvited: someone can sign in, or an invitation has been issued.
    static func anyoneCanSignIn(_ sql: any SQLDatabase) async throws -> Bool {
        let withPassword = try await sql.select().column("id").from("users")
            .where("password_hash", .isNot, SQLLiteral.null).limit(1).first()
        let linked = try await sql.select().column("user_id").from("sso_identities").limit(1).first()
        let invited = try await sql.select().column("id").from("invitations").limit(1).first()
        return withPassword != nil || linked != nil || invited != nil
    }

    private static func requireFree(_ account: NewAccount, except owner: User.ID?, sql: any SQLDatabase) async throws {
        let holders = try await sql.select().columns("id", "username", "email").from("users")
            .where("username", .equal, account.username.rawValue).orWhere("email", .equal, account.user.email)
            .all()
        for row in holders where try row.identifier("id", as: User.self) != owner {
            if try row.decode(column: "username", as: String?.self) == account.username.rawValue {
                throw AccountError.usernameTaken
            }
            throw AccountError.emailTaken
        }
    }

    private static func insertUser(_ account: NewAccount, sql: any SQLDatabase) async throws {
        try await AccountRows.insert(account.user, into: sql)
        try await sql.update("users").set("username", to: account.username.rawValue)
            .set("password_hash", to: account.passwordHash).where("id", .equal, account.user.id.rawValue).run()
    }
}
