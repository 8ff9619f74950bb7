import Foundation
import PiperCore
import SQLKit

extension AccountStore {
    /// The account store over Piper's database (SQLite or PostgreSQL).
    package static func sql(_ database: Database) -> AccountStore {
        let dialect = database.dialect
        return AccountStore(
            claimInstallation: { workspace, owner in
                try await database.write { sql in
                    try await AccountRows.claimInstallation(
                        workspace: workspace, owner: owner, in: sql, dialect: dialect)
                }
            },
            insertWorkspace: { workspace in
                try await database.write { try await AccountRows.insert(workspace, into: $0) }
            },
            insertUser: { user in
                try await database.write { try await AccountRows.insert(user, into: $0) }
            },
            upsertMembership: { membership in
                try await database.write { try await AccountRows.upsert(membership, into: $0) }
            },
            workspace: { id in
                try await database.read { sql in
                    try await sql.select().columns("*").from("workspaces").where("id", .equal, id.rawValue)
                        .first().map(AccountRows.workspace)
                }
            },
            user: { id in
                try await database.read { sql in
                    try await sql.select().columns("*").from("users").where("id", .equal, id.rawValue)
                        .first().map(AccountRows.user)
                }
            },
            memberships: { userID in
                try await database.read { sql in
                    try await sql.select().columns("*").from("memberships").where("user_id", .equal, userID.rawValue)
                        .orderBy("created_at").all().map(AccountRows.membership)
                }
            }
        )
    }
}
