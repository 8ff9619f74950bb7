/// One name (and optionally port) that requests may address Piper by in their `Host` header.
///
/// Written as `name`, `name:port`, `[v6-address]:port`, or `*` for any host (only behind a proxy that
/// checks the name itself). A name without a port admits any port.
package struct AllowedHost: Hashable, Sendable, CustomStringConvertible {
    /// The lower-cased host name or address; IPv6 addresses keep their brackets. `*` admits every name.
    package var name: String
    /// The port it must carry, or `nil` for any.
    package var port: Int?

    /// Creates an entry.
    package init(name: String, port: Int? = nil) {
        self.name = name.lowercased()
        self.port = port
    }

    /// Parses `name`, `name:port`, `[::1]:port` or `*`; `nil` when the text is none of these.
    package init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "*" {
            self.init(name: "*")
            return
        }
        guard let authority = Authority(parsing: trimmed) else { return nil }
        self.init(name: authority.host, port: authority.port)
    }

    /// Whether a request addressed to `authority` may be served.
    package func admits(_ authority: Authority, defaultPort: Int) -> Bool {
        guard name == "*" || name == authority.host else { return false }
        guard let port else { return true }
        return port == (authority.port ?? defaultPort)
    }

    /// The entry as configuration writes it.
    package var description: String {
        port.map { "\(name):\($0)" } ?? name
    }
}
