import Foundation
import HTTPTypes
import HummingbirdTesting
import PiperAuth
import PiperCore
import PiperServer
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Sign-in throttling under attack")
struct SignInThrottleTests {
    @Test(
        "fifty parallel wrong passwords cost at most the limit's worth of bcrypt checks",
        arguments: TestDatabase.availableDialects)
    func parallelGuesses(dialect: Dialect) async throws {
        try await AuthServer.with(dialect) { server, client in
            try await client.signUpFirst()
            let before = server.auth.service.hasher.verifications
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for attempt in 0..<50 {
                    group.addTask { try await client.signIn("alex", "wrong guess \(attempt)").status }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            let checked = server.auth.service.hasher.verifications - before
            let limit = AuthSettings().pairThrottle.limit
            #expect(checked <= limit)
            #expect(statuses.filter { $0 == .unauthorized || $0 == .tooManyRequests }.count == 50)
            #expect(statuses.filter { $0 == .unauthorized }.count < limit)
            #expect(try await client.signIn("alex", "correct horse battery").status == .tooManyRequests)
        }
    }

    @Test("guessing from many addresses is slowed per account, but not from where the owner signs in")
    func distributedGuessing() async throws {
        var settings = AuthSettings()
        settings.accountThrottle = ThrottleRule(limit: 3, window: 3_600, block: 900)
        try await AuthServer.with(settings: settings) { server, client in
            try await client.signUpFirst()
            #expect(try await client.signIn("alex", "correct horse battery", from: "192.0.2.1").status == .ok)
            for attempt in 1...3 {
                let reply = try await client.signIn("alex", "guess \(attempt)", from: "203.0.113.\(attempt)")
                #expect(reply.status == (attempt < 3 ? .unauthorized : .tooManyRequests))
            }
            let fresh = try await client.signIn("alex", "correct horse battery", from: "203.0.113.99")
            #expect(fresh.status == .tooManyRequests)
            let usual = try await client.signIn("alex", "correct horse battery", from: "192.0.2.1")
            #expect(usual.status == .ok)
            server.clock.advance(by: 901)
            #expect(try await client.signIn("alex", "correct horse battery", from: "203.0.113.99").status == .ok)
        }
    }

    @Test("sign-up checks the invitation before hashing the password")
    func signUpChecksFirst() async throws {
        try await AuthServer.with { server, client in
            try await client.signUpFirst()
            let before = server.auth.service.hasher.hashes
            let reply = try await client.send(
                .post, "/api/v1/auth/signup",
                json:
                    #"{"name":"Eve","email":"eve@example.com","username":"eve","password":"a long enough pass","invitation":"pmi_forged"}"#
            )
            #expect(reply.status == .badRequest)
            let uninvited = try await client.send(
                .post, "/api/v1/auth/signup",
                json: #"{"name":"Eve","email":"eve@example.com","username":"eve","password":"a long enough pass"}"#)
            #expect(uninvited.status == .forbidden)
            #expect(server.auth.service.hasher.hashes == before)
        }
    }

    @Test("the client address comes from the right of X-Forwarded-For, never the client-written left")
    func forwardedFor() {
        #expect(ClientAddress.forwarded("6.6.6.6, 198.51.100.7", trustedProxies: 1) == "198.51.100.7")
        #expect(ClientAddress.forwarded("6.6.6.6, 198.51.100.7, 10.0.0.2", trustedProxies: 2) == "198.51.100.7")
        #expect(ClientAddress.forwarded("198.51.100.7", trustedProxies: 2) == "198.51.100.7")
        #expect(ClientAddress.forwarded(" , ", trustedProxies: 1) == nil)
    }

    @Test("a spoofed X-Forwarded-For entry does not dodge the per-address limit")
    func spoofedForwardedFor() async throws {
        try await AuthServer.with { _, client in
            try await client.signUpFirst()
            for attempt in 1...5 {
                let reply = try await client.signIn("alex", "guess \(attempt)", from: "10.9.9.\(attempt), 192.0.2.1")
                #expect(reply.status == (attempt < 5 ? .unauthorized : .tooManyRequests))
            }
        }
    }
}
