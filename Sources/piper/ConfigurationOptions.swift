import ArgumentParser
import PiperApp

/// Options every command that touches configuration shares.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: "A JSON config file (default: ./piper.json when present).")
    var config: String?

    @Option(
        name: .long,
        help: "A SQLite file path or a postgres://user:password@host:port/db URL (default: ./.piper/piper.sqlite)."
    )
    var database: String?

    @Option(name: .long, help: "Lowest log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: String?

    @Option(name: .long, help: "Log line format: text or json.")
    var logFormat: String?

    /// The flags as configuration keys; the database flag takes either kind of location.
    var flags: [String: String] {
        var flags: [String: String] = [:]
        flags["database.url"] = database
        flags["log.level"] = logLevel
        flags["log.format"] = logFormat
        return flags
    }

    func sources(adding extra: [String: String] = [:]) -> ConfigSources {
        ConfigSources(flags: flags.merging(extra) { _, new in new }, configFile: config)
    }

    /// The configuration for a command whose output is for people: logging stays at warnings unless
    /// --log-level says otherwise, and is bootstrapped before anything logs.
    func quietConfiguration() async throws -> PiperConfiguration {
        let quiet = logLevel == nil ? ["log.level": "warning"] : [:]
        let configuration = try PiperConfiguration(reader: try await sources(adding: quiet).makeReader())
        LoggingBootstrap.bootstrap(configuration.log)
        return configuration
    }
}
