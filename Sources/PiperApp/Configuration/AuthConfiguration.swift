import Configuration
import PiperStorage

/// How people sign in.
package struct AuthConfiguration: Sendable, Hashable {
    /// Whether requests without credentials act as the local user.
    package enum Mode: String, Sendable, Hashable {
        /// The embedded single-user mode: no sign-in needed (accounts still work).
        case local
        /// Every request must be signed in.
        case accounts
    }

    /// An OpenID Connect provider.
    package struct SingleSignOn: Sendable, Hashable {
        /// The provider's issuer URL.
        package var issuer: String
        /// Piper's client ID there.
        package var clientID: String
        /// Piper's client secret there; secret, never logged.
        package var clientSecret: String?
        /// Where the provider sends people back: `https://<piper>/api/v1/auth/oidc/callback`.
        package var redirectURI: String
        /// The button's label.
        package var name: String
    }

    /// The mode.
    package var mode: Mode
    /// bcrypt's work factor.
    package var bcryptCost: Int
    /// Whether the client's address is read from `X-Forwarded-For`.
    package var trustForwardedFor: Bool
    /// How many proxies in front of Piper append to `X-Forwarded-For`.
    package var trustedProxies: Int
    /// Single sign-on, when configured.
    package var singleSignOn: SingleSignOn?

    /// Creates the configuration.
    package init(
        mode: Mode = .local, bcryptCost: Int = 12, trustForwardedFor: Bool = false, trustedProxies: Int = 1,
        singleSignOn: SingleSignOn? = nil
    ) {
        self.trustedProxies = trustedProxies
        self.mode = mode
        self.bcryptCost = bcryptCost
        self.trustForwardedFor = trustForwardedFor
        self.singleSignOn = singleSignOn
    }
}

extension AuthConfiguration {
    init(reader: ConfigReader, database: DatabaseLocation) throws {
        let fallback: Mode = database.dialect == .sqlite ? .local : .accounts
        let modeName = reader.string(forKey: "mode", default: fallback.rawValue).lowercased()
        guard let mode = Mode(rawValue: modeName) else {
            throw ConfigurationError(key: "auth.mode", problem: "'\(modeName)' is not local or accounts")
        }
        self.mode = mode
        self.bcryptCost = try reader.validatedInt("bcrypt_cost", in: 4...16, default: 12, fullKey: "auth.bcrypt_cost")
        self.trustForwardedFor = reader.bool(forKey: "trust_forwarded_for", default: false)
        self.trustedProxies = try reader.validatedInt(
            "trusted_proxies", in: 1...10, default: 1, fullKey: "auth.trusted_proxies")
        self.singleSignOn = try Self.singleSignOn(reader.scoped(to: "oidc"))
    }

    private static func singleSignOn(_ reader: ConfigReader) throws -> SingleSignOn? {
        guard let issuer = reader.string(forKey: "issuer"), !issuer.isEmpty else { return nil }
        guard let clientID = reader.string(forKey: "client_id"), !clientID.isEmpty else {
            throw ConfigurationError(key: "auth.oidc.client_id", problem: "is required when auth.oidc.issuer is set")
        }
        guard let redirect = reader.string(forKey: "redirect_uri"), redirect.hasPrefix("http") else {
            throw ConfigurationError(
                key: "auth.oidc.redirect_uri", problem: "must be the absolute URL of /api/v1/auth/oidc/callback")
        }
        return SingleSignOn(
            issuer: issuer, clientID: clientID, clientSecret: reader.string(forKey: "client_secret", isSecret: true),
            redirectURI: redirect, name: reader.string(forKey: "name", default: "single sign-on"))
    }
}

extension AuthConfiguration.SingleSignOn: CustomStringConvertible, CustomDebugStringConvertible {
    /// The provider and client, with the secret only said to be present.
    package var description: String {
        "\(name) at \(issuer) as \(clientID)\(clientSecret == nil ? "" : " (client secret set)") → \(redirectURI)"
    }

    /// The same as ``description``, so a debug print never shows the secret either.
    package var debugDescription: String { description }
}
