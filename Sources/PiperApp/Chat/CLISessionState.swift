import Foundation

/// Remembers the current CLI conversation per target in a small JSON file, so successive `piper ask`
/// calls continue one conversation (and "yes" answers the previous call's question).
package struct CLISessionState: Sendable {
    /// The file holding the state.
    package var fileURL: URL

    /// Creates the state over a file; the default is `.piper/cli-session.json` in the working directory,
    /// or the file named by `PIPER_CLI_STATE`.
    package init(fileURL: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.fileURL =
            fileURL ?? URL(fileURLWithPath: environment["PIPER_CLI_STATE"] ?? ".piper/cli-session.json")
    }

    /// The remembered conversation for a target.
    package func conversation(for target: String) -> String? {
        read()[target]
    }

    /// Remembers the conversation for a target.
    package func remember(_ conversationID: String, for target: String) throws {
        var state = read()
        state[target] = conversationID
        try FileManager.default.createDirectory(
            at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let data = try JSONEncoder().encode(state)
        try data.write(to: fileURL, options: .atomic)
    }

    private func read() -> [String: String] {
        guard let data = try? Data(contentsOf: fileURL) else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: data)) ?? [:]
    }
}
