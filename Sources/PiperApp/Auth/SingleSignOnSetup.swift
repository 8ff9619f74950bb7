import AsyncHTTPClient
import PiperAuth
import PiperCore
import PiperStorage
import ServiceLifecycle

extension AuthConfiguration.SingleSignOn {
    /// The OpenID Connect client for this provider; its state key is derived from the master key, so any
    /// instance can finish a sign-in another one started.
    func client(master: MasterKey, http: HTTPClient) -> OIDCClient {
        OIDCClient(
            settings: OIDCSettings(
                issuer: issuer, clientID: clientID, clientSecret: clientSecret, redirectURI: redirectURI,
                displayName: name),
            transport: .httpClient(http), stateKey: master.derivedKey(purpose: "oidc state v1"))
    }
}

/// Keeps the identity provider's HTTP client for the life of the server and shuts it down afterwards.
struct HTTPClientService: Service {
    let client: HTTPClient

    func run() async throws {
        try? await gracefulShutdown()
        try await client.shutdown()
    }
}
