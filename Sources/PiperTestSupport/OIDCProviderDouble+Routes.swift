import Crypto
import Foundation
import Hummingbird
import NIOCore

extension OIDCProviderDouble {
    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/.well-known/openid-configuration") { _, _ in self.discoveryDocument() }
        router.get("/jwks") { _, _ in try self.keySet() }
        router.get("/authorize") { request, _ in self.authorize(parameters: formFields(request.uri.query ?? "")) }
        router.post("/token") { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: 64 * 1024)
            return try await self.token(
                fields: formFields(String(buffer: body)), authorization: request.headers[.authorization])
        }
        return router
    }

    private func discoveryDocument() -> Response {
        let issuer = issuer
        let advertised = state.withLock { state in
            state.discoveryRequests += 1
            return state.advertisedIssuer
        }
        return json([
            "issuer": advertised ?? issuer,
            "authorization_endpoint": "\(issuer)/authorize",
            "token_endpoint": "\(issuer)/token",
            "jwks_uri": "\(issuer)/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256", "ES256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "none"],
            "scopes_supported": ["openid", "email", "profile"],
        ])
    }

    private func keySet() throws -> Response {
        let keys = state.withLock { state in
            state.keySetRequests += 1
            return state.keys.map(\.publicJWK)
        }
        let data = try JSONEncoder().encode(["keys": keys])
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func authorize(parameters: [String: String]) -> Response {
        state.withLock { $0.lastAuthorizationParameters = parameters }
        guard parameters["client_id"] == clientID else { return plain(.badRequest, "unknown client_id") }
        guard let redirect = parameters["redirect_uri"], redirect == redirectURI else {
            return plain(.badRequest, "redirect_uri is not registered")
        }
        guard parameters["response_type"] == "code",
            parameters["scope"]?.split(separator: " ").contains("openid") == true
        else { return plain(.badRequest, "only the code flow with scope openid is supported") }
        guard let challenge = parameters["code_challenge"], parameters["code_challenge_method"] == "S256" else {
            return plain(.badRequest, "PKCE with S256 is required")
        }
        let code = base64URL(SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
        state.withLock {
            $0.pendingCodes[code] = .init(codeChallenge: challenge, nonce: parameters["nonce"], redirectURI: redirect)
        }
        var location = URLComponents(string: redirect)!
        location.queryItems =
            (location.queryItems ?? []) + [
                URLQueryItem(name: "code", value: code), URLQueryItem(name: "state", value: parameters["state"]),
            ]
        return Response(status: .found, headers: [.location: location.url!.absoluteString])
    }

    private func token(fields: [String: String], authorization: String?) async throws -> Response {
        state.withLock { $0.lastTokenRequestFields = fields }
        guard authenticates(fields: fields, authorization: authorization) else {
            return oauthError(.unauthorized, "invalid_client")
        }
        guard fields["grant_type"] == "authorization_code" else {
            return oauthError(.badRequest, "unsupported_grant_type")
        }
        guard let code = fields["code"], let pending = state.withLock({ $0.pendingCodes.removeValue(forKey: code) }),
            fields["redirect_uri"] == pending.redirectURI
        else { return oauthError(.badRequest, "invalid_grant") }
        guard let verifier = fields["code_verifier"],
            base64URL(SHA256.hash(data: Data(verifier.utf8))) == pending.codeChallenge
        else { return oauthError(.badRequest, "invalid_grant") }
        let idToken = try await mintIDToken(nonce: pending.nonce)
        return json([
            "access_token": base64URL(SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }),
            "token_type": "Bearer",
            "expires_in": 3600,
            "id_token": idToken,
        ])
    }

    /// `client_secret_basic` for a confidential client; `client_id` in the form for a public one.
    private func authenticates(fields: [String: String], authorization: String?) -> Bool {
        guard let clientSecret else { return fields["client_id"] == clientID && authorization == nil }
        guard let authorization, authorization.hasPrefix("Basic "),
            let decoded = Data(base64Encoded: String(authorization.dropFirst(6))),
            let pair = String(data: decoded, encoding: .utf8), let colon = pair.firstIndex(of: ":")
        else { return false }
        let id = formDecode(String(pair[..<colon]))
        let secret = formDecode(String(pair[pair.index(after: colon)...]))
        return id == clientID && secret == clientSecret && fields["client_secret"] == nil
    }

    private func json(_ object: [String: Any]) -> Response {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func oauthError(_ status: HTTPResponse.Status, _ error: String) -> Response {
        var response = json(["error": error])
        response.status = status
        return response
    }

    private func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Parses `application/x-www-form-urlencoded` text (also a URL query).
func formFields(_ text: String) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in text.split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        fields[formDecode(String(parts[0]))] = parts.count > 1 ? formDecode(String(parts[1])) : ""
    }
    return fields
}

func formDecode(_ text: String) -> String {
    text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? text
}
