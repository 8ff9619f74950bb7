import Crypto
import Foundation
import PiperCore
import SQLKit

extension SecretStore {
    /// Secrets over Piper's database, each sealed with AES-GCM under the active data key and bound to its
    /// owner and name; the data keys are sealed under `master`, which never enters the database.
    package static func sql(_ database: Database, master: MasterKey) -> SecretStore {
        SecretStore(
            store: { scope, name, value, at in
                guard (1...maximumValueLength).contains(value.utf8.count) else { throw SecretError.invalidValue }
                return try await database.write(in: .owner(scope)) { sql in
                    let (version, key) = try await DataKeyRows.active(master: master, at: at, sql: sql)
                    let sealed = try EnvelopeCipher.seal(
                        Data(value.utf8), with: key,
                        context: EnvelopeCipher.context(for: scope, name: name, version: version))
                    return try await SecretRows.upsert(scope, name, sealed, version: version, at: at, sql: sql)
                }
            },
            reveal: { scope, name in
                try await database.read(in: .owner(scope)) { sql in
                    guard let row = try await SecretRows.find(scope, name, sql: sql) else { return nil }
                    let version = try row.decode(column: "key_version", as: Int.self)
                    guard let key = try await DataKeyRows.key(version: version, master: master, sql: sql),
                        let data = EnvelopeCipher.open(
                            try row.decode(column: "ciphertext", as: String.self), with: key,
                            context: EnvelopeCipher.context(for: scope, name: name, version: version))
                    else { throw SecretError.corrupted(name) }
                    return String(decoding: data, as: UTF8.self)
                }
            },
            list: { scope in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(
                        sql.select().columns("name", "key_version", "created_at", "updated_at").from("user_secrets"),
                        to: scope
                    ).orderBy("name").all().map(SecretRows.metadata)
                }
            },
            delete: { scope, name in
                try await database.write(in: .owner(scope)) { sql in
                    let deleted = try await ScopedQuery.scoped(sql.delete(from: "user_secrets"), to: scope)
                        .where("name", .equal, name.rawValue).returning("name").all()
                    if deleted.isEmpty { throw SecretError.notFound(name) }
                }
            }
        )
    }
}

/// Rows of the user_secrets table.
enum SecretRows {
    static func find(_ scope: Scope, _ name: SecretName, sql: any SQLDatabase) async throws -> (any SQLRow)? {
        try await ScopedQuery.scoped(sql.select().columns("*").from("user_secrets"), to: scope)
            .where("name", .equal, name.rawValue).first()
    }

    static func upsert(
        _ scope: Scope, _ name: SecretName, _ sealed: String, version: Int, at: Date, sql: any SQLDatabase
    ) async throws -> SecretMetadata {
        try await sql.raw(
            """
            INSERT INTO user_secrets (workspace_id, owner_id, name, key_version, ciphertext, created_at, updated_at)
            VALUES (\(bind: scope.workspace.rawValue), \(bind: scope.owner.rawValue), \(bind: name.rawValue), \
            \(bind: version), \(bind: sealed), \(bind: at), \(bind: at))
            ON CONFLICT (workspace_id, owner_id, name) DO UPDATE SET key_version = excluded.key_version,
            ciphertext = excluded.ciphertext, updated_at = excluded.updated_at
            """
        ).run()
        guard let row = try await find(scope, name, sql: sql) else { throw SecretError.notFound(name) }
        return try metadata(row)
    }

    static func metadata(_ row: any SQLRow) throws -> SecretMetadata {
        SecretMetadata(
            name: try SecretName(try row.decode(column: "name", as: String.self)),
            keyVersion: try row.decode(column: "key_version", as: Int.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }
}
