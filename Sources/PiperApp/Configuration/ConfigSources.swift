import Configuration
import Foundation
import SystemPackage

/// Builds the layered configuration: built-in defaults < config file < environment < command-line flags.
package struct ConfigSources: Sendable {
    /// Values from command-line flags, by dotted key; they win over everything else.
    package var flags: [String: String]
    /// The process environment; `PIPER_*` variables map to keys (`PIPER_HTTP_PORT` is `http.port`).
    package var environment: [String: String]
    /// An explicit config file (`--config` or `PIPER_CONFIG`); otherwise `./piper.json` when it exists.
    package var configFile: String?

    /// Creates the sources.
    package init(
        flags: [String: String] = [:],
        environment: [String: String] = ProcessInfo.processInfo.environment,
        configFile: String? = nil
    ) {
        self.flags = flags
        self.environment = environment
        self.configFile = configFile
    }

    /// The config file in use: the explicit one, else `piper.json` in the working folder.
    package var configFilePath: (path: String, isExplicit: Bool) {
        if let explicit = configFile ?? environment["PIPER_CONFIG"], !explicit.isEmpty {
            return (explicit, true)
        }
        return ("piper.json", false)
    }

    /// Reads the layers into one reader; a missing explicit config file or malformed JSON throws.
    package func makeReader() async throws -> ConfigReader {
        let file = configFilePath
        let fileProvider: FileProvider<JSONSnapshot>
        do {
            fileProvider = try await FileProvider<JSONSnapshot>(
                filePath: FilePath(file.path),
                allowMissing: !file.isExplicit
            )
        } catch {
            throw ConfigurationError(key: "config", problem: "cannot read the config file \(file.path): \(error)")
        }
        // Flags are text, like environment variables, so they go through the same provider and are
        // converted to the type each key is read as ("0.5" for a number, "true" for a flag).
        let flagProvider = EnvironmentVariablesProvider(
            environmentVariables: Dictionary(
                uniqueKeysWithValues: flags.map { key, value in
                    (key.uppercased().replacingOccurrences(of: ".", with: "_"), value)
                }),
            secretsSpecifier: .dynamic { name, _ in Self.isSecretVariable(name) }
        )
        let environmentProvider = EnvironmentVariablesProvider(
            environmentVariables: environment,
            secretsSpecifier: .dynamic { name, _ in Self.isSecretVariable(name) }
        ).prefixKeys(with: "piper")
        return ConfigReader(providers: [
            flagProvider,
            environmentProvider,
            fileProvider,
        ])
    }

    /// Whether an environment variable may carry a secret and must never be printed.
    static func isSecretVariable(_ name: String) -> Bool {
        ["URL", "PASSWORD", "TOKEN", "SECRET", "KEY"].contains { name.uppercased().contains($0) }
    }
}
