import Foundation
import PiperCore
import SQLKit

extension LoginStore {
    /// The login store over Piper's database.
    package static func sql(_ database: Database) -> LoginStore {
        let dialect = database.dialect
        return LoginStore(
            find: { identifier in
                let key = identifier.trimmingCharacters(in: .whitespaces).lowercased()
                return try await database.read { sql in
                    try await sql.select().columns("*").from("users")
                        .where("username", .equal, key).orWhere("email", .equal, key)
                        .limit(1).first().map(LoginRows.record)
                }
            },
            record: { user in
                try await database.read { sql in
                    try await sql.select().columns("*").from("users").where("id", .equal, user.rawValue)
                        .first().map(LoginRows.record)
                }
            },
            claimFirstAccount: { account, workspaceID in
                try await database.write { sql in
                    try await LoginRows.claimFirstAccount(account, workspaceID: workspaceID, sql: sql, dialect: dialect)
                }
            },
            acceptInvitation: { account, hash, now in
                try await database.write { sql in
                    try await LoginRows.acceptInvitation(account, hash: hash, now: now, sql: sql)
                }
            },
            joinByInvitation: { user, hash, now in
                try await database.write { sql in try await LoginRows.join(user, hash: hash, now: now, sql: sql) }
            },
            joinOpenInvitation: { account, now in
                try await database.write { sql in try await LoginRows.joinOpenInvitation(account, now: now, sql: sql) }
            },
            setPasswordHash: { user, hash in
                try await database.write { sql in
                    try await sql.update("users").set("password_hash", to: hash).where("id", .equal, user.rawValue)
                        .run()
                }
            },
            linkedUser: { issuer, subject in
                try await database.read { sql in
                    try await sql.select().column("user_id").from("sso_identities")
                        .where("issuer", .equal, issuer).where("subject", .equal, subject)
                        .first().map { try $0.identifier("user_id") }
                }
            },
            link: { issuer, subject, user, now in
                try await database.write { sql in
                    try await sql.insert(into: "sso_identities").columns("issuer", "subject", "user_id", "created_at")
                        .values(SQLBind(issuer), SQLBind(subject), SQLBind(user.rawValue), SQLBind(now))
                        .ignoringConflicts(with: ["issuer", "subject"]).run()
                }
            },
            findByEmail: { email in
                try await database.read { sql in
                    try await sql.select().columns("*").from("users").where("email", .equal, email.rawValue)
                        .first().map(LoginRows.record)
                }
            },
            isSignUpClosed: {
                try await database.read { sql in try await LoginRows.anyoneCanSignIn(sql) }
            }
        )
    }
}
