import Foundation
import HTTPTypes
import Hummingbird
import PiperAuth

/// The web UI's session cookies: HttpOnly, SameSite, and Secure behind TLS or a forwarded `https`.
enum SessionCookies {
    static let accessName = "piper_access"
    static let refreshName = "piper_refresh"
    /// The refresh cookie goes only to the auth routes, never with ordinary requests.
    static let refreshPath = "/api/v1/auth"

    static func set(_ tokens: IssuedTokens, on response: inout Response, request: Request, now: Date) {
        let secure = isSecure(request)
        response.setCookie(
            Cookie(
                name: accessName, value: tokens.accessToken,
                maxAge: max(0, Int(tokens.accessExpiresAt.timeIntervalSince(now))), path: "/", secure: secure,
                httpOnly: true, sameSite: .lax))
        response.setCookie(
            Cookie(
                name: refreshName, value: tokens.refreshToken,
                maxAge: max(0, Int(tokens.refreshExpiresAt.timeIntervalSince(now))), path: refreshPath, secure: secure,
                httpOnly: true, sameSite: .strict))
    }

    static func clear(on response: inout Response, request: Request) {
        let secure = isSecure(request)
        response.setCookie(
            Cookie(name: accessName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax))
        response.setCookie(
            Cookie(
                name: refreshName, value: "", maxAge: 0, path: refreshPath, secure: secure, httpOnly: true,
                sameSite: .strict))
    }

    static func isSecure(_ request: Request) -> Bool {
        request.uri.scheme?.rawValue == "https" || request.headers[.xForwardedProto]?.lowercased() == "https"
    }
}
