import ArgumentParser
import Logging
import PiperApp

/// `piper serve`: the web UI and API on one port, on the embedded database unless told otherwise.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Piper's server (web UI, API and health endpoints).",
        discussion: "Migrates the database before accepting requests. Stops gracefully on SIGINT or SIGTERM."
    )

    @Option(name: .long, help: "Address to listen on (default: 127.0.0.1).")
    var host: String?

    @Option(name: .long, help: "Port to listen on (default: 8080).")
    var port: Int?

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        var extra: [String: String] = [:]
        extra["http.host"] = host
        extra["http.port"] = port.map(String.init)
        try await reportingFailures {
            let reader = try await options.sources(adding: extra).makeReader()
            let configuration = try PiperConfiguration(reader: reader)
            LoggingBootstrap.bootstrap(configuration.log)
            let app = try await buildApplication(configuration: configuration)
            try await app.runService()
        }
    }
}
