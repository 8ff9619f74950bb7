import Hummingbird
import Logging
import ServiceLifecycle

/// Runs a router on 127.0.0.1 at an ephemeral port for the duration of `body`, for doubles of outside servers.
package enum LoopbackServer {
    /// Starts `router`, hands its port to `body`, and shuts the server down gracefully afterwards.
    package static func run<T: Sendable>(
        _ router: Router<BasicRequestContext>, name: String, logLevel: Logger.Level,
        _ body: (_ port: Int) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: name)
        logger.logLevel = logLevel
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: name),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { portContinuation.yield(port) }
                portContinuation.finish()
            },
            logger: logger
        )
        let services = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { portContinuation.finish() }
                try await services.run()
            }
            guard let port = await ports.first(where: { _ in true }) else {
                try await group.next()
                throw CancellationError()
            }
            do {
                let result = try await body(port)
                await services.triggerGracefulShutdown()
                return result
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
        }
    }
}
