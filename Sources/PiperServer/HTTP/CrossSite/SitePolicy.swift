import Hummingbird

/// Which names Piper answers to, and so which origin is its own.
///
/// A request whose `Host` is not on the list is refused before any handler runs, which defeats DNS
/// rebinding: a foreign name that resolves to Piper's address still arrives with the foreign name.
package struct SitePolicy: Sendable {
    /// The names (and ports) requests may address Piper by.
    package var allowedHosts: [AllowedHost]

    /// Creates a policy from an explicit list.
    package init(allowedHosts: [AllowedHost]) {
        self.allowedHosts = allowedHosts
    }

    /// The default list: the listen address and the loopback names, each with the listen port (any port
    /// when the port is chosen at start, as with port 0).
    package static func listening(on host: String, port: Int) -> SitePolicy {
        let port = port == 0 ? nil : port
        let listenName = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        var names = ["localhost", "127.0.0.1", "[::1]"]
        if !names.contains(listenName.lowercased()) { names.insert(listenName, at: 0) }
        return SitePolicy(allowedHosts: names.map { AllowedHost(name: $0, port: port) })
    }

    /// The loopback names on any port: what the in-process test client and a fresh local server use.
    package static let loopback = listening(on: "127.0.0.1", port: 0)

    /// The request's authority, once it is one Piper answers to; throws 400 or 421 otherwise.
    package func authority(of request: Request) throws -> Authority {
        guard let text = request.head.authority, let authority = Authority(parsing: text) else {
            throw APIError(
                status: .badRequest, code: "invalid_host",
                message: "The request must name its host in a valid Host header.")
        }
        let defaultPort = request.head.scheme == "https" ? 443 : 80
        guard allowedHosts.contains(where: { $0.admits(authority, defaultPort: defaultPort) }) else {
            throw APIError(
                status: .misdirectedRequest, code: "unknown_host",
                message: "This server does not answer to that host name. An operator can add it to http.allowed_hosts.")
        }
        return authority
    }
}
