import ArgumentParser
import PiperApp

/// `piper migrate`: brings the database schema up to date, or reports where it stands.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply pending database migrations (piper serve also does this at start-up).",
        discussion: "Applying twice is a no-op. A database migrated by a newer Piper is refused unchanged."
    )

    @Flag(name: .long, help: "Only show the schema version; change nothing.")
    var status = false

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        try await reportingFailures {
            let reader = try await options.sources().makeReader()
            let configuration = try PiperConfiguration(reader: reader)
            LoggingBootstrap.bootstrap(configuration.log)
            print(try await MigrationReport.run(configuration: configuration.database, onlyStatus: status))
        }
    }
}
