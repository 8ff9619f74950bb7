import ArgumentParser

/// `piper-bench`: measures Piper's hot paths and prints the numbers.
@main
struct PiperBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "piper-bench",
        abstract: "Measure Piper's hot paths. Build with -c release for meaningful numbers.",
        subcommands: [
            StorageBenchmark.self, IntentBenchmark.self, TurnBenchmark.self, AuthBenchmark.self, ModelBenchmark.self,
            HelloBenchmark.self,
        ]
    )
}
