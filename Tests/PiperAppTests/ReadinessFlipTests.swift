import Configuration
import Foundation
import HummingbirdTesting
import PiperApp
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Readiness follows PostgreSQL")
struct ReadinessFlipTests {
    @Test(
        "readiness turns 503 when PostgreSQL goes away and 200 when it returns",
        .enabled(if: TestDatabase.postgresAdminURL != nil)
    )
    func flips() async throws {
        try await TestDatabase.withFreshLocation(.postgres) { location in
            guard case .postgres(var postgres) = location else { return }
            // Migrated beforehand, directly: start-up through the proxy then only checks the schema, well
            // within the short operation timeout this test needs even while other tests load the server.
            let direct = try await Database.open(
                location, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
            _ = try await withServedDatabase(direct) { database in
                try await Migrator(database: database, clock: { Date() }).migrate()
            }
            let proxy = try await TCPProxy.start(forwardingTo: postgres.host, port: postgres.port)
            postgres.host = "127.0.0.1"
            postgres.port = proxy.port
            let url = DatabaseLocation.postgres(postgres).configurationText
            let reader = try await ConfigSources(
                flags: ["database.url": url, "database.timeout": "3", "http.port": "0"], environment: [:]
            ).makeReader()
            let app = try await buildApplication(reader: reader, logger: TestDatabase.logger)
            try await app.testLive { client in
                let before = try await client.execute(uri: "/health/ready", method: .get).status
                #expect(before == .ok)
                proxy.cut()
                let during = try await client.execute(uri: "/health/ready", method: .get).status
                #expect(during == .serviceUnavailable)
                proxy.restore()
                let recovered = try await Self.becomesReady(client)
                #expect(recovered)
            }
            await proxy.stop()
        }
    }

    /// The pool reconnects with backoff, so readiness returns within a few attempts, not on the first.
    private static func becomesReady(_ client: some TestClientProtocol) async throws -> Bool {
        for _ in 0..<30 {
            if try await client.execute(uri: "/health/ready", method: .get).status == .ok { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return false
    }
}
