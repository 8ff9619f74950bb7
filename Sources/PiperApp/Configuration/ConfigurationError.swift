/// A configuration value Piper cannot use, named by key and by environment variable.
package struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The dotted key, such as `http.port`.
    package var key: String
    /// What is wrong and what would be right.
    package var problem: String

    /// Creates an error for a key.
    package init(key: String, problem: String) {
        self.key = key
        self.problem = problem
    }

    /// The environment variable that sets the key, such as `PIPER_HTTP_PORT`.
    package var environmentVariable: String {
        "PIPER_" + key.replacingOccurrences(of: ".", with: "_").uppercased()
    }

    /// A sentence naming the key, its variable and the problem.
    package var description: String {
        "Configuration '\(key)' (\(environmentVariable)): \(problem)"
    }
}
