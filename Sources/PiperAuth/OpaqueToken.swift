import Crypto
import Foundation

/// Random bearer secrets (refresh tokens, API tokens, invitation and reset codes) and their stored form.
///
/// The database keeps only the SHA-256 of a token, so a copy of it authenticates nobody.
package enum OpaqueToken {
    /// A new token: the prefix, then 32 random bytes in URL-safe base64.
    package static func generate(prefix: String) -> String {
        prefix + base64URL(SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
    }

    /// The value stored in place of the token: its SHA-256, in hex.
    package static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// URL-safe base64 without padding.
    package static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// The prefixes that tell Piper's tokens apart (and let secret scanners spot them).
package enum TokenPrefix {
    /// Personal API tokens.
    package static let apiToken = "pmt_"
    /// Refresh tokens.
    package static let refresh = "pmr_"
    /// Invitation tokens.
    package static let invitation = "pmi_"
    /// Password reset codes.
    package static let reset = "pmp_"
}
