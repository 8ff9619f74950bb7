import Foundation
import HTTPTypes
import Hummingbird

/// The same-origin rule for requests a browser may send with ambient credentials.
enum SameOrigin {
    /// The `Sec-Fetch-Site` values of a request the page itself (or the person, typing) made.
    static let ownSites: Set<String> = ["same-origin", "none"]

    /// Throws 403 when the browser says the request came from another site, or names an origin other than
    /// the one the request is addressed to. A client that sends neither header is not a browser.
    static func require(_ request: Request, servedAs authority: Authority) throws {
        if let site = request.headers[.secFetchSite]?.lowercased(), !ownSites.contains(site) {
            throw refusal
        }
        guard let origin = request.headers[.origin] else { return }
        guard let (originAuthority, defaultPort) = parse(origin),
            originAuthority.matches(authority, defaultPort: defaultPort)
        else { throw refusal }
    }

    /// `scheme://host[:port]` as an authority and the scheme's default port; `nil` for `null` and the rest.
    static func parse(_ origin: String) -> (Authority, Int)? {
        let lowered = origin.lowercased()
        for (scheme, port) in [("http://", 80), ("https://", 443)] where lowered.hasPrefix(scheme) {
            return Authority(parsing: String(lowered.dropFirst(scheme.count))).map { ($0, port) }
        }
        return nil
    }

    static var refusal: APIError {
        APIError(
            status: .forbidden, code: "cross_site_request",
            message: "Piper refused a request from another site. Use Piper's own page, or an API token.")
    }
}

extension HTTPField.Name {
    /// `Sec-Fetch-Site`: which site a browser request came from.
    static var secFetchSite: Self { Self("Sec-Fetch-Site")! }
}
