import Foundation
import HTTPTypes
import Hummingbird
import PiperAuth
import PiperCore

/// Tells who sent a request: a Bearer token (access JWT or personal API token), the web's access cookie,
/// or, in the embedded single-user mode, the local user.
package struct Authenticator: Sendable {
    let auth: AuthDependencies

    /// Creates the authenticator.
    package init(_ auth: AuthDependencies) {
        self.auth = auth
    }

    /// The request's authentication; throws 401 for a Bearer token that proves nothing.
    package func authenticate(_ request: Request, context: AppRequestContext) async throws -> Authentication? {
        if let header = request.headers[.authorization] {
            return try await bearer(header)
        }
        if let cookie = request.cookies[SessionCookies.accessName]?.value, !cookie.hasPrefix(TokenPrefix.apiToken),
            let found = try await auth.service.authenticate(bearer: cookie)
        {
            return found
        }
        guard let local = auth.localPrincipal else { return nil }
        guard auth.isOnThisMachine(request, peer: context.peerAddress) else {
            throw APIError(
                status: .unauthorized, code: "local_mode_loopback_only",
                message:
                    "Piper's single-user mode serves only this machine. Sign in, or run Piper with auth.mode=accounts.")
        }
        return Authentication(principal: try await local(), credential: .local)
    }

    private func bearer(_ header: String) async throws -> Authentication {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw APIError(
                status: .unauthorized, code: "invalid_token",
                message: "Send the token as “Authorization: Bearer <token>”.")
        }
        guard
            let found = try await auth.service.authenticate(
                bearer: String(parts[1]).trimmingCharacters(in: .whitespaces))
        else {
            throw APIError(
                status: .unauthorized, code: "invalid_token",
                message: "That token is not valid: it may be malformed, expired or revoked.")
        }
        return found
    }
}

extension AuthDependencies {
    /// Where a request came from, for audit and throttling.
    func origin(_ request: Request, context: AppRequestContext) -> RequestOrigin {
        RequestOrigin(
            requestID: context.requestID, address: clientAddress(request, peer: context.peerAddress),
            client: request.headers[.userAgent])
    }

    /// Where a protected request came from.
    func origin(_ request: Request, context: PrincipalContext) -> RequestOrigin {
        RequestOrigin(
            requestID: context.requestID, address: clientAddress(request, peer: context.peerAddress),
            client: request.headers[.userAgent])
    }

    /// Whether the client is on this machine: a loopback address, or a peer with no IP address at all (the
    /// in-process test client, a Unix socket). Behind trusted proxies, the address they report decides.
    func isOnThisMachine(_ request: Request, peer: String) -> Bool {
        let address = clientAddress(request, peer: peer)
        return ClientAddress.isLoopback(address) || (address == peer && peer == ClientAddress.unknown)
    }

    /// The client's address: the peer's, or behind trusted proxies the one the nearest trusted proxy saw.
    func clientAddress(_ request: Request, peer: String) -> String {
        guard trustForwardedFor, let forwarded = request.headers[.xForwardedFor] else { return peer }
        return ClientAddress.forwarded(forwarded, trustedProxies: trustedProxies) ?? peer
    }
}

extension HTTPField.Name {
    /// `X-Forwarded-For`.
    static var xForwardedFor: Self { Self("X-Forwarded-For")! }
    /// `X-Forwarded-Proto`.
    static var xForwardedProto: Self { Self("X-Forwarded-Proto")! }
}
