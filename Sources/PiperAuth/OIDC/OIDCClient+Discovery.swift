import Foundation

extension OIDCClient {
    /// The provider's discovery document, fetched on first use and reused for `discoveryLifetime`.
    package func discoveryDocument() async throws -> OIDCDiscoveryDocument {
        let now = clock.now()
        if let discovery, now.timeIntervalSince(discovery.fetchedAt) < Self.discoveryLifetime {
            return discovery.document
        }
        guard let url = OIDCDiscoveryDocument.url(forIssuer: settings.issuer), url.isAcceptableProviderURL else {
            throw OIDCError.insecureEndpoint(.discovery)
        }
        let body = try await fetch(url, endpoint: .discovery)
        guard let document = try? JSONDecoder().decode(OIDCDiscoveryDocument.self, from: Data(body)) else {
            throw OIDCError.malformedResponse(.discovery)
        }
        guard document.issuer == settings.issuer else {
            throw OIDCError.issuerMismatch(expected: settings.issuer, found: String(document.issuer.prefix(200)))
        }
        guard document.authorizationEndpoint.isAcceptableProviderURL else {
            throw OIDCError.insecureEndpoint(.authorization)
        }
        guard document.tokenEndpoint.isAcceptableProviderURL else { throw OIDCError.insecureEndpoint(.token) }
        guard document.jwksURI.isAcceptableProviderURL else { throw OIDCError.insecureEndpoint(.keySet) }
        discovery = (document, now)
        return document
    }

    /// The cached key set, fetched on first use.
    func currentKeySet(_ document: OIDCDiscoveryDocument) async throws -> OIDCKeySet {
        if let keySet { return keySet }
        return try await fetchKeySet(document)
    }

    /// Fetches the key set again after a token named an unknown key, at most once per `keySetRefetchInterval`;
    /// `nil` when a refetch happened too recently.
    func refetchKeySet(_ document: OIDCDiscoveryDocument) async throws -> OIDCKeySet? {
        let now = clock.now()
        if let lastKeySetRefetch, now.timeIntervalSince(lastKeySetRefetch) < Self.keySetRefetchInterval {
            return nil
        }
        lastKeySetRefetch = now
        return try await fetchKeySet(document)
    }

    private func fetchKeySet(_ document: OIDCDiscoveryDocument) async throws -> OIDCKeySet {
        let body = try await fetch(document.jwksURI, endpoint: .keySet)
        let fetched = try await OIDCKeySet(json: body)
        keySet = fetched
        return fetched
    }

    /// GETs `url`, requiring status 200.
    func fetch(_ url: URL, endpoint: OIDCEndpoint) async throws -> [UInt8] {
        let response: OIDCTransport.Response
        do {
            response = try await transport.get(url)
        } catch {
            throw OIDCError.providerUnavailable(endpoint, status: nil)
        }
        guard response.status == 200 else { throw OIDCError.providerUnavailable(endpoint, status: response.status) }
        return response.body
    }
}
