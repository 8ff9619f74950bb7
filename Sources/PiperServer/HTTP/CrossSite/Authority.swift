/// The host and optional port of a `Host` header or of an origin, normalised for comparison.
package struct Authority: Hashable, Sendable {
    /// The lower-cased host name or address; an IPv6 address keeps its brackets (`[::1]`).
    package var host: String
    /// The explicit port, when one was written.
    package var port: Int?

    /// Creates an authority from its parts.
    package init(host: String, port: Int?) {
        self.host = host.lowercased()
        self.port = port
    }

    /// Parses `host`, `host:port` or `[v6]:port`; `nil` for anything else (user info, paths, bad ports).
    package init?(parsing text: String) {
        guard !text.isEmpty, !text.contains(where: { "/@?# \t\\".contains($0) }) else { return nil }
        let lowered = text.lowercased()
        let host: Substring
        let portText: Substring
        if lowered.hasPrefix("[") {
            guard let close = lowered.firstIndex(of: "]") else { return nil }
            host = lowered[...close]
            portText = lowered[lowered.index(after: close)...]
        } else {
            let colon = lowered.firstIndex(of: ":") ?? lowered.endIndex
            host = lowered[..<colon]
            portText = lowered[colon...]
        }
        guard !host.isEmpty else { return nil }
        self.host = String(host)
        if portText.isEmpty {
            self.port = nil
        } else {
            guard portText.first == ":", let port = Int(portText.dropFirst()), (1...65535).contains(port) else {
                return nil
            }
            self.port = port
        }
    }

    /// Whether two authorities name the same server, a missing port standing for `defaultPort`.
    package func matches(_ other: Authority, defaultPort: Int) -> Bool {
        host == other.host && (port ?? defaultPort) == (other.port ?? defaultPort)
    }
}
