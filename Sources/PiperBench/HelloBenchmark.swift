import ArgumentParser
import Hummingbird

/// `piper-bench hello`: the bare Hummingbird hello-world, the baseline an HTTP benchmark compares Piper with.
struct HelloBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hello",
        abstract: "Serve a bare Hummingbird hello-world (the physical limit of HTTP on these cores)."
    )

    @Option(help: "The loopback port to listen on.")
    var port = 8090

    func run() async throws {
        let router = Router()
        router.get("/") { _, _ in "Hello, world!" }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
        try await app.runService()
    }
}
