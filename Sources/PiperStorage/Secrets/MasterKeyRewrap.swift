import Foundation
import PiperCore
import SQLKit

/// Replacing the master key: every data key is unwrapped with the old master key and wrapped with the new
/// one, in one transaction, so either all of them move or none does. Secrets themselves are untouched.
package enum MasterKeyRewrap {
    /// Re-wraps every data key; returns how many there were. Throws ``SecretError/wrongMasterKey`` (and
    /// changes nothing) when any data key does not open with `old`.
    package static func rewrap(_ database: Database, from old: MasterKey, to new: MasterKey) async throws -> Int {
        try await database.write { sql in
            let keys = try await DataKeyRows.all(master: old, sql: sql)
            for (version, key) in keys {
                let wrapped = try key.withUnsafeBytes {
                    try EnvelopeCipher.seal(
                        Data($0), with: new.key, context: EnvelopeCipher.context(forDataKey: version))
                }
                try await sql.update("data_keys").set("wrapped", to: wrapped).where("version", .equal, version).run()
            }
            return keys.count
        }
    }
}
