import Crypto
import Foundation
import PiperCore
import SQLKit

extension SecretKeyring {
    /// Rotation over Piper's database: a new data key version, then every secret re-encrypted in batches.
    package static func sql(_ database: Database, master: MasterKey, batchSize: Int = 100) -> SecretKeyring {
        let dialect = database.dialect
        return SecretKeyring(
            rotate: { at in
                let version = try await database.write { sql in
                    let current =
                        try await sql.select().column(SQLRaw("COALESCE(MAX(version), 0)"), as: "latest")
                        .from("data_keys").first()?.decode(column: "latest", as: Int.self) ?? 0
                    // Every existing key must open with this master key before a new one is added.
                    _ = try await DataKeyRows.all(master: master, sql: sql)
                    return try await DataKeyRows.create(version: current + 1, master: master, at: at, sql: sql).version
                }
                var reencrypted = 0
                while true {
                    let batch = try await database.write { sql in
                        try await KeyRotationRows.reencryptBatch(
                            to: version, master: master, limit: batchSize, sql: sql, dialect: dialect)
                    }
                    reencrypted += batch
                    if batch < batchSize { break }
                }
                try await database.write { sql in
                    try await sql.update("data_keys").set("state", to: "retired").where("state", .equal, "retiring")
                        .run()
                }
                return KeyRotation(version: version, reencrypted: reencrypted)
            },
            versions: {
                // A transaction, so it can visit every workspace under its own setting.
                try await database.write { sql in
                    try await KeyRotationRows.versions(sql: sql, dialect: dialect)
                }
            }
        )
    }
}

/// Re-encryption of secrets still under older data keys.
enum KeyRotationRows {
    /// The data key versions and how many secrets of every workspace each encrypts.
    static func versions(sql: any SQLDatabase, dialect: Dialect) async throws -> [DataKeyVersion] {
        var counts: [Int: Int] = [:]
        try await AcrossWorkspaces.visit(sql, dialect: dialect) { workspace in
            let rows = try await sql.select().column("key_version").column(SQLRaw("COUNT(*)"), as: "secrets")
                .from("user_secrets").where("workspace_id", .equal, workspace.rawValue).groupBy("key_version").all()
            for row in rows {
                counts[try row.decode(column: "key_version", as: Int.self), default: 0] +=
                    try row.decode(column: "secrets", as: Int.self)
            }
            return true
        }
        return try await sql.select().columns("version", "state").from("data_keys").orderBy("version").all().map {
            let version = try $0.decode(column: "version", as: Int.self)
            return DataKeyVersion(
                version: version, isActive: try $0.decode(column: "state", as: String.self) == "active",
                secretCount: counts[version] ?? 0)
        }
    }

    /// Re-encrypts up to `limit` secrets, of any workspace, under `version`; returns how many it did.
    static func reencryptBatch(
        to version: Int, master: MasterKey, limit: Int, sql: any SQLDatabase, dialect: Dialect
    ) async throws -> Int {
        let keys = try await DataKeyRows.all(master: master, sql: sql)
        guard let newKey = keys[version] else { throw SecretError.wrongMasterKey }
        var done = 0
        try await AcrossWorkspaces.visit(sql, dialect: dialect) { workspace in
            let rows = try await sql.select().columns("*").from("user_secrets")
                .where("workspace_id", .equal, workspace.rawValue).where("key_version", .notEqual, version)
                .limit(limit - done).all()
            try await reencrypt(rows, to: version, newKey: newKey, keys: keys, sql: sql)
            done += rows.count
            return done < limit
        }
        return done
    }

    private static func reencrypt(
        _ rows: [any SQLRow], to version: Int, newKey: SymmetricKey, keys: [Int: SymmetricKey], sql: any SQLDatabase
    ) async throws {
        for row in rows {
            let scope = try row.scope()
            let name = try SecretName(try row.decode(column: "name", as: String.self))
            let oldVersion = try row.decode(column: "key_version", as: Int.self)
            guard let oldKey = keys[oldVersion],
                let plaintext = EnvelopeCipher.open(
                    try row.decode(column: "ciphertext", as: String.self), with: oldKey,
                    context: EnvelopeCipher.context(for: scope, name: name, version: oldVersion))
            else { throw SecretError.corrupted(name) }
            let sealed = try EnvelopeCipher.seal(
                plaintext, with: newKey, context: EnvelopeCipher.context(for: scope, name: name, version: version))
            try await ScopedQuery.scoped(sql.update("user_secrets"), to: scope)
                .set("key_version", to: version).set("ciphertext", to: sealed)
                .where("name", .equal, name.rawValue).run()
        }
    }
}
