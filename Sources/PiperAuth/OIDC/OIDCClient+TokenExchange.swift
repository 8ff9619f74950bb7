import Foundation

extension OIDCClient {
    /// Exchanges an authorization code for an ID token at the token endpoint.
    ///
    /// Authenticates with `client_secret_basic` when a secret is configured, otherwise sends `client_id` in the
    /// form as a public client; always sends the PKCE verifier.
    func exchange(code: String, verifier: String, at tokenEndpoint: URL) async throws -> String {
        var fields = [
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": settings.redirectURI,
            "code_verifier": verifier,
        ]
        var credentials: OIDCTransport.BasicCredentials?
        if let secret = settings.clientSecret {
            // RFC 6749 §2.3.1: both parts are form-encoded before Basic encoding.
            credentials = .init(username: FormEncoding.escape(settings.clientID), password: FormEncoding.escape(secret))
        } else {
            fields["client_id"] = settings.clientID
        }
        let response: OIDCTransport.Response
        do {
            response = try await transport.postForm(tokenEndpoint, fields, credentials)
        } catch {
            throw OIDCError.providerUnavailable(.token, status: nil)
        }
        guard response.status == 200 else {
            let failure = try? JSONDecoder().decode(TokenFailure.self, from: Data(response.body))
            throw OIDCError.tokenExchangeFailed(
                status: response.status, error: failure?.error.flatMap(OIDCError.sanitizedProviderError))
        }
        guard let tokens = try? JSONDecoder().decode(TokenResponse.self, from: Data(response.body)),
            let idToken = tokens.idToken, !idToken.isEmpty
        else { throw OIDCError.malformedResponse(.token) }
        return idToken
    }
}

/// The token endpoint's success response; only the ID token is used.
private struct TokenResponse: Decodable {
    var idToken: String?

    enum CodingKeys: String, CodingKey {
        case idToken = "id_token"
    }
}

/// The token endpoint's error response (RFC 6749 §5.2).
private struct TokenFailure: Decodable {
    var error: String?
}

extension OIDCError {
    /// An OAuth error code fit to show: `[a-z_]` only and short, so provider text is never echoed.
    package static func sanitizedProviderError(_ error: String) -> String? {
        let allowed = error.utf8.allSatisfy {
            $0 == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
        }
        return allowed && !error.isEmpty && error.utf8.count <= 64 ? error : nil
    }
}
