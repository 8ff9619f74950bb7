import AsyncHTTPClient
import Crypto
import Foundation
import PiperApp
import PiperAuth
import PiperCore
import PiperTestSupport
import Testing

/// A provider double, a client talking to it over AsyncHTTPClient, and a browser that follows the redirect.
struct OIDCHarness {
    let provider: OIDCProviderDouble
    let client: OIDCClient
    let http: HTTPClient
    let clock: TestClock

    /// Runs `body` with a fresh provider and client; `clientSecret: nil` makes a public client, and
    /// `issuerSuffix` is appended to the issuer the client is configured with.
    static func run(
        clientSecret: String? = "piper-test-secret-0123456789abcdef",
        issuerSuffix: String = "",
        _ body: (OIDCHarness) async throws -> Void
    ) async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_750_000_000))
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: OIDCTransport.oidcConfiguration)
        do {
            try await OIDCProviderDouble.run(clientSecret: clientSecret, clock: clock.generator) { provider in
                let settings = OIDCSettings(
                    issuer: provider.issuer + issuerSuffix, clientID: provider.clientID,
                    clientSecret: clientSecret, redirectURI: provider.redirectURI, displayName: "Test provider")
                let client = OIDCClient(
                    settings: settings, transport: .httpClient(http), stateKey: SymmetricKey(size: .bits256),
                    clock: clock.generator)
                try await body(OIDCHarness(provider: provider, client: client, http: http, clock: clock))
            }
        } catch {
            try await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }

    /// What the browser brings back to the callback.
    struct Callback {
        var start: OIDCStart
        var code: String
        var state: String
    }

    /// Starts a sign-in and follows the authorization URL as a browser would, stopping at the callback redirect.
    func authorize(returnTo: String = "/todos") async throws -> Callback {
        let start = try await client.start(returnTo: returnTo)
        let response = try await http.execute(
            HTTPClientRequest(url: start.authorizationURL.absoluteString), timeout: .seconds(10))
        #expect(response.status == .found)
        let location = try #require(response.headers.first(name: "Location"))
        let components = try #require(URLComponents(string: location))
        #expect(location.hasPrefix(provider.redirectURI + "?"))
        let items = components.queryItems ?? []
        let code = try #require(items.first { $0.name == "code" }?.value)
        let state = try #require(items.first { $0.name == "state" }?.value)
        return Callback(start: start, code: code, state: state)
    }

    /// Signs in end to end.
    func signIn(returnTo: String = "/todos") async throws -> OIDCIdentity {
        let callback = try await authorize(returnTo: returnTo)
        return try await client.finish(code: callback.code, state: callback.state, expectedState: callback.start.state)
    }

    /// Signs in expecting `expected`, and checks the error's description leaks neither code, state nor secret.
    func expectSignInFails(with expected: OIDCError, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let callback = try await authorize()
        do {
            let identity = try await client.finish(
                code: callback.code, state: callback.state, expectedState: callback.start.state)
            Issue.record("signed in as \(identity.subject), expected \(expected)", sourceLocation: sourceLocation)
        } catch let error as OIDCError {
            #expect(error == expected, sourceLocation: sourceLocation)
            expectNoSecrets(in: error, callback: callback)
        }
    }

    func expectNoSecrets(in error: OIDCError, callback: Callback) {
        let text = String(describing: error)
        #expect(!text.contains(callback.code))
        #expect(!text.contains(callback.state))
        if let secret = provider.clientSecret { #expect(!text.contains(secret)) }
    }
}

/// base64url(SHA-256(text)), computed independently of the client.
func s256(_ text: String) -> String {
    Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString()
        .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        .replacingOccurrences(of: "=", with: "")
}
