import Foundation
import PiperStorage

extension SecretsConfiguration {
    /// The configured master key, or the one in the key file, which is created with a fresh key on first use
    /// (readable by its owner only).
    package func loadMasterKey() throws -> MasterKey {
        do {
            if let key { return try MasterKey(base64: key) }
            let url = URL(fileURLWithPath: keyFile)
            if !FileManager.default.fileExists(atPath: url.path) {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard
                    FileManager.default.createFile(
                        atPath: url.path, contents: Data((MasterKey.generateBase64() + "\n").utf8),
                        attributes: [.posixPermissions: 0o600])
                else { throw ConfigurationError(key: "secrets.key_file", problem: "cannot create \(keyFile)") }
            }
            return try MasterKey(base64: String(decoding: try Data(contentsOf: url), as: UTF8.self))
        } catch let error as MasterKeyError {
            throw ConfigurationError(key: key == nil ? "secrets.key_file" : "secrets.key", problem: error.description)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(
                key: "secrets.key_file", problem: "cannot read \(keyFile): \(error.localizedDescription)")
        }
    }
}
