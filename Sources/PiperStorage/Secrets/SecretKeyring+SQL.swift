import Crypto
import Foundation
import PiperCore
import SQLKit

extension SecretKeyring {
    /// Rotation over Piper's database: a new data key version, then every secret re-encrypted in batches.
    package static func sql(_ database: Database, master: MasterKey, batchSize: Int = 100) -> SecretKeyring {
        SecretKeyring(
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
                            to: version, master: master, limit: batchSize, sql: sql)
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
                try await database.read { sql in
                    try await sql.raw(
                        """
                        SELECT data_keys.version AS version, data_keys.state AS state, COUNT(user_secrets.name) AS secrets
                        FROM data_keys LEFT JOIN user_secrets ON user_secrets.key_version = data_keys.version
                        GROUP BY data_keys.version, data_keys.state ORDER BY data_keys.version
                        """
                    ).all().map { row in
                        DataKeyVersion(
                            version: try row.decode(column: "version", as: Int.self),
                            isActive: try row.decode(column: "state", as: String.self) == "active",
                            secretCount: try row.decode(column: "secrets", as: Int.self))
                    }
                }
            }
        )
    }
}

/// Re-encryption of secrets still under older data keys.
enum KeyRotationRows {
    /// Re-encrypts up to `limit` secrets under `version`; returns how many it did.
    static func reencryptBatch(to version: Int, master: MasterKey, limit: Int, sql: any SQLDatabase) async throws -> Int
    {
        let keys = try await DataKeyRows.all(master: master, sql: sql)
        guard let newKey = keys[version] else { throw SecretError.wrongMasterKey }
        let rows = try await sql.select().columns("*").from("user_secrets")
            .where("key_version", .notEqual, version).limit(limit).all()
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
        return rows.count
    }
}
