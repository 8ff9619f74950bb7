import Foundation
import PiperCore
import SQLKit

extension LoginRows {
    /// A new account from the newest open invitation to its address (single sign-on brings no token).
    static func joinOpenInvitation(_ account: NewAccount, now: Date, sql: any SQLDatabase) async throws -> Principal? {
        guard let email = account.user.email,
            let row = try await sql.select().column("token_hash").from("invitations").where("email", .equal, email)
                .where("accepted_at", .is, SQLLiteral.null).where("revoked_at", .is, SQLLiteral.null)
                .where("expires_at", .greaterThan, now).orderBy("created_at", .descending).limit(1).first()
        else { return nil }
        var named = account
        named.username = try await freeUsername(account.username, sql: sql)
        return try await acceptInvitation(
            named, hash: try row.decode(column: "token_hash", as: String.self), now: now, sql: sql)
    }

    /// `wanted`, or `wanted-2`, `wanted-3` … whichever no account has yet.
    private static func freeUsername(_ wanted: Username, sql: any SQLDatabase) async throws -> Username {
        for suffix in [""] + (2...99).map({ "-\($0)" }) {
            let candidate = try Username(String(wanted.rawValue.prefix(32 - suffix.count)) + suffix)
            let holder = try await sql.select().column("id").from("users").where("username", .equal, candidate.rawValue)
                .first()
            if holder == nil { return candidate }
        }
        throw AccountError.usernameTaken
    }
}
