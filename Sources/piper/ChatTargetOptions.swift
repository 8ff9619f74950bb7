import ArgumentParser
import Foundation
import Logging
import PiperApp

/// Where `piper chat` and `piper ask` talk: the local database (default) or a running server.
struct ChatTargetOptions: ParsableArguments {
    @Option(name: .long, help: "A running Piper server's base URL, such as http://127.0.0.1:8080.")
    var server: String?

    @Option(
        name: .long,
        help: "A personal API token for --server (create one in the web UI's Account panel); or set PIPER_TOKEN.")
    var token: String?

    @OptionGroup var options: ConfigurationOptions

    /// Runs `body` with a session on the chosen target.
    func withSession(_ body: @escaping @Sendable (ChatSession) async throws -> Void) async throws {
        let state = CLISessionState()
        if let server {
            let token = token ?? ProcessInfo.processInfo.environment["PIPER_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
            try await ChatBackend.withRemote(server, token: token) {
                try await body(ChatSession(backend: $0, state: state))
            }
            return
        }
        let configuration = try await options.quietConfiguration()
        try await ChatBackend.withLocal(configuration, logger: Logger(label: "piper")) {
            try await body(ChatSession(backend: $0, state: state))
        }
    }
}
