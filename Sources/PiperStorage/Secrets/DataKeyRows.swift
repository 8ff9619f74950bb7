import Crypto
import Foundation
import PiperCore
import SQLKit

/// The data_keys table: data keys wrapped by the master key.
enum DataKeyRows {
    /// The active version and its key, creating version 1 when there is none.
    static func active(master: MasterKey, at: Date, sql: any SQLDatabase) async throws -> (
        version: Int, key: SymmetricKey
    ) {
        if let row = try await sql.select().columns("version", "wrapped").from("data_keys")
            .where("state", .equal, "active").orderBy("version", .descending).first()
        {
            let version = try row.decode(column: "version", as: Int.self)
            return (
                version,
                try unwrap(try row.decode(column: "wrapped", as: String.self), version: version, master: master)
            )
        }
        return try await create(version: 1, master: master, at: at, sql: sql)
    }

    /// One version's key, or `nil` when there is no such version.
    static func key(version: Int, master: MasterKey, sql: any SQLDatabase) async throws -> SymmetricKey? {
        guard
            let row = try await sql.select().column("wrapped").from("data_keys").where("version", .equal, version)
                .first()
        else { return nil }
        return try unwrap(try row.decode(column: "wrapped", as: String.self), version: version, master: master)
    }

    /// Every version's key, for reading secrets encrypted under any of them.
    static func all(master: MasterKey, sql: any SQLDatabase) async throws -> [Int: SymmetricKey] {
        var keys: [Int: SymmetricKey] = [:]
        for row in try await sql.select().columns("version", "wrapped").from("data_keys").all() {
            let version = try row.decode(column: "version", as: Int.self)
            keys[version] = try unwrap(
                try row.decode(column: "wrapped", as: String.self), version: version, master: master)
        }
        return keys
    }

    /// Makes a new active version, demoting the previous ones to retiring.
    static func create(version: Int, master: MasterKey, at: Date, sql: any SQLDatabase) async throws -> (
        version: Int, key: SymmetricKey
    ) {
        let key = SymmetricKey(size: .bits256)
        let wrapped = try key.withUnsafeBytes {
            try EnvelopeCipher.seal(Data($0), with: master.key, context: EnvelopeCipher.context(forDataKey: version))
        }
        try await sql.update("data_keys").set("state", to: "retiring").where("state", .equal, "active").run()
        try await sql.insert(into: "data_keys").columns("version", "wrapped", "state", "created_at")
            .values(SQLBind(version), SQLBind(wrapped), SQLBind("active"), SQLBind(at)).run()
        return (version, key)
    }

    static func unwrap(_ wrapped: String, version: Int, master: MasterKey) throws -> SymmetricKey {
        guard
            let data = EnvelopeCipher.open(
                wrapped, with: master.key, context: EnvelopeCipher.context(forDataKey: version))
        else { throw SecretError.wrongMasterKey }
        return SymmetricKey(data: data)
    }
}
