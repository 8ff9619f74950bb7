import Foundation
import NIOCore
import PiperApp
import PiperCore
import PiperStorage
import Testing

@Suite("Command failure messages")
struct CommandFailureTests {
    @Test("known failures read as one sentence with a next step")
    func knownFailures() throws {
        let configuration = ConfigurationError(key: "http.port", problem: "'x' is not a whole number")
        #expect(CommandFailure.message(for: configuration)?.contains("PIPER_HTTP_PORT") == true)
        #expect(CommandFailure.message(for: StorageError.unavailable("down"))?.contains("piper doctor") == true)
        let newer = MigrationError.databaseNewerThanBinary(database: 3, binary: 2)
        #expect(CommandFailure.message(for: newer)?.contains("Nothing was changed") == true)
        let portTaken = IOError(errnoCode: EADDRINUSE, reason: "bind")
        #expect(CommandFailure.message(for: portTaken)?.contains("--port") == true)
    }

    @Test("anything else is left to the caller")
    func unknownFailures() {
        struct Surprise: Error {}
        #expect(CommandFailure.message(for: Surprise()) == nil)
    }
}
