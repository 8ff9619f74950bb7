import Foundation

/// Reading a client's address: from `X-Forwarded-For` behind trusted proxies, and whether it is loopback.
package enum ClientAddress {
    /// What the request context calls a peer with no IP address: the in-process test client or a Unix
    /// socket, both on this machine.
    package static let unknown = "unknown"

    /// The entry `trustedProxies` places from the right of an `X-Forwarded-For` value: each trusted proxy
    /// appends the address it saw, so entries further left were written by the client and prove nothing.
    /// With fewer entries than proxies, the left-most (written by the first trusted proxy reached).
    package static func forwarded(_ header: String, trustedProxies: Int) -> String? {
        let entries = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !entries.isEmpty else { return nil }
        return entries[max(0, entries.count - max(1, trustedProxies))]
    }

    /// Whether the address is this machine's loopback: 127.0.0.0/8, ::1 or an IPv4-mapped 127 address.
    package static func isLoopback(_ address: String) -> Bool {
        let plain = address.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if plain == "::1" || plain == "0:0:0:0:0:0:0:1" { return true }
        let v4 = plain.hasPrefix("::ffff:") ? String(plain.dropFirst(7)) : plain
        let octets = v4.split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt8($0) }
        return octets.count == 4 && octets[0] == 127
    }
}
