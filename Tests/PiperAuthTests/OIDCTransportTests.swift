import AsyncHTTPClient
import Foundation
import PiperApp
import PiperAuth
import PiperCore
import PiperTestSupport
import Testing

@Suite("OIDC transport over AsyncHTTPClient")
struct OIDCTransportTests {
    @Test func aResponseOverTheSizeLimitIsRefused() async throws {
        try await OIDCHarness.run { harness in
            let transport = OIDCTransport.httpClient(harness.http, maximumBodySize: 64)
            let url = try #require(URL(string: harness.provider.issuer + "/jwks"))
            await #expect(throws: OIDCTransportError.responseTooLarge(host: "127.0.0.1", limit: 64)) {
                try await transport.get(url)
            }
        }
    }

    @Test func anUnreachableProviderIsReportedWithoutDetail() async throws {
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: OIDCTransport.oidcConfiguration)
        let client = OIDCClient(
            settings: OIDCSettings(issuer: "http://127.0.0.1:1", clientID: "c", redirectURI: "http://127.0.0.1/cb"),
            transport: .httpClient(http, timeout: .milliseconds(300)), stateKey: .init(size: .bits256))
        await #expect(throws: OIDCError.providerUnavailable(.discovery, status: nil)) {
            try await client.start(returnTo: "/")
        }
        try await http.shutdown()
    }

    @Test func aPlainHTTPProviderOffLoopbackIsRefused() async throws {
        let client = OIDCClient(
            settings: OIDCSettings(issuer: "http://sso.example.com", clientID: "c", redirectURI: "https://piper/cb"),
            transport: OIDCTransport(
                get: { _ in
                    Issue.record("unexpected GET")
                    return .init(status: 500, body: [])
                },
                postForm: { _, _, _ in
                    Issue.record("unexpected POST")
                    return .init(status: 500, body: [])
                }),
            stateKey: .init(size: .bits256))
        await #expect(throws: OIDCError.insecureEndpoint(.discovery)) { try await client.start(returnTo: "/") }
    }
}
