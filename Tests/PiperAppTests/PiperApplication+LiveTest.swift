import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PiperApp
import ServiceLifecycle
import Synchronization

extension PiperApplication {
    /// Serves the application on an ephemeral port for `body`, as `test(.live)` does, except that a start-up
    /// that throws (a migration that times out, a database from a newer Piper) fails the test with its error.
    ///
    /// `test(.live)` waits for the server's port without watching the application: when start-up throws, the
    /// server never listens and the test waits for ever, with every task parked. Here start-up failures are
    /// held back until the server listens, then rethrown instead of running `body`.
    func testLive<Value: Sendable>(
        _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let startup = StartupOutcome()
        return try await StartupReportingApplication(base: self, startup: startup).test(.live) { client in
            if let failure = startup.failure {
                // The test client connects in the background. Stopping the server while that connection is
                // accepted but not yet served traps in SwiftNIO ("Deinited NIOAsyncWriter without calling
                // finish()"), so one request completes first and shutdown then closes an idle connection.
                _ = try? await client.execute(uri: "/health/live", method: .get)
                throw failure
            }
            return try await body(client)
        }
    }
}

/// The error start-up threw, if any (guarded by its mutex).
private final class StartupOutcome: Sendable {
    private let recorded = Mutex<(any Error)?>(nil)

    func record(_ error: any Error) {
        recorded.withLock { $0 = error }
    }

    var failure: (any Error)? {
        recorded.withLock { $0 }
    }
}

/// An application that runs `base` (over HTTP/1, as Piper serves) unchanged, but records a failed start-up instead of letting it stop the
/// server before it listens.
private struct StartupReportingApplication<Base: ApplicationProtocol>: ApplicationProtocol {
    typealias Responder = Base.Responder

    let base: Base
    let startup: StartupOutcome

    var responder: Responder {
        get async throws { try await base.responder }
    }
    var eventLoopGroup: any EventLoopGroup { base.eventLoopGroup }
    var configuration: ApplicationConfiguration { base.configuration }
    var logger: Logger { base.logger }
    var services: [any Service] { base.services }

    var processesRunBeforeServerStart: [@Sendable () async throws -> Void] {
        let processes = base.processesRunBeforeServerStart
        return [
            { [startup] in
                do {
                    for process in processes { try await process() }
                } catch {
                    startup.record(error)
                }
            }
        ]
    }

    @Sendable func onServerRunning(_ channel: any Channel) async {
        await base.onServerRunning(channel)
    }
}
