import ArgumentParser
import PiperApp

/// The `piper` command: an AI product-management colleague, served from one binary.
@main
struct Piper: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "piper",
        abstract: "Piper Morgan, an AI product-management colleague.",
        discussion: """
            Configuration comes from built-in defaults, then piper.json (or the file named by --config or \
            PIPER_CONFIG), then PIPER_* environment variables, then command-line flags; later layers win.
            """,
        version: PiperVersion.current,
        subcommands: [
            Serve.self, Chat.self, Ask.self, Intent.self, Eval.self, Secrets.self, Accounts.self, Migrate.self,
            Doctor.self, Version.self,
        ]
    )
}
