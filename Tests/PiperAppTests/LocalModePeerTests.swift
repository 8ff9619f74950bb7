import AsyncHTTPClient
import Configuration
import Foundation
import HummingbirdTesting
import NIOCore
import PiperApp
import PiperCore
import PiperStorage
import PiperTestSupport
import ServiceLifecycle
import Testing

@Suite("The single-user mode serves this machine only")
struct LocalModePeerTests {
    @Test(
        "a request from another address gets 401 and changes nothing; loopback is served",
        .enabled(if: MachineAddress.nonLoopbackIPv4() != nil, "needs a non-loopback interface"),
        arguments: TestDatabase.availableDialects)
    func nonLoopbackPeer(dialect: Dialect) async throws {
        let address = try #require(MachineAddress.nonLoopbackIPv4())
        try await TestDatabase.withFreshLocation(dialect) { location in
            let reader = try await ConfigSources(
                flags: [
                    "database.url": location.configurationText, "http.port": "0", "http.host": "0.0.0.0",
                    "http.allowed_hosts": "*", "auth.mode": "local",
                ], environment: [:]
            ).makeReader()
            let ports = AsyncStream.makeStream(of: Int.self)
            let app = try await buildApplication(
                configuration: try PiperConfiguration(reader: reader), logger: TestDatabase.logger,
                hooks: ApplicationHooks(onServerRunning: { channel in
                    ports.continuation.yield(channel.localAddress?.port ?? 0)
                    ports.continuation.finish()
                }))
            try await Self.serving(app) {
                var iterator = ports.stream.makeAsyncIterator()
                let port = try #require(await iterator.next())
                let remote = try await Self.post("http://\(address):\(port)/api/v1/todos", title: "from the network")
                #expect(remote.status == 401)
                #expect(remote.body.contains("local_mode_loopback_only"))
                let list = try await Self.get("http://\(address):\(port)/api/v1/todos")
                #expect(list.status == 401)
                let local = try await Self.post("http://127.0.0.1:\(port)/api/v1/todos", title: "from this machine")
                #expect(local.status == 201)
                let todos = try await Self.get("http://127.0.0.1:\(port)/api/v1/todos")
                #expect(todos.body.contains("from this machine") && !todos.body.contains("from the network"))
            }
        }
    }

    /// Runs the application on its configured address while `body` runs, then shuts it down. A start-up
    /// that fails (so the server never listens) ends `body` and fails the test with its error.
    private static func serving(
        _ app: PiperApplication, _ body: @escaping @Sendable () async throws -> Void
    ) async throws {
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [], logger: TestDatabase.logger))
        try await withThrowingTaskGroup(of: Bool.self) { tasks in
            tasks.addTask {
                try await group.run()
                return false
            }
            tasks.addTask {
                try await body()
                return true
            }
            do {
                let bodyFinished = try await tasks.next()
                if bodyFinished != true {
                    Issue.record("the server stopped before the test finished")
                    tasks.cancelAll()
                }
            } catch {
                tasks.cancelAll()
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    private static func post(_ url: String, title: String) async throws -> (status: UInt, body: String) {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: #"{"title":"\#(title)"}"#))
        return try await send(request)
    }

    private static func get(_ url: String) async throws -> (status: UInt, body: String) {
        try await send(HTTPClientRequest(url: url))
    }

    private static func send(_ request: HTTPClientRequest) async throws -> (status: UInt, body: String) {
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (response.status.code, String(buffer: body))
    }
}
