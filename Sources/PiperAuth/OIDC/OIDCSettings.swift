import Foundation

/// How Piper signs users in with one OpenID Connect provider.
package struct OIDCSettings: Sendable, Equatable {
    /// The provider's issuer identifier, compared exactly with the discovery document and ID tokens.
    package var issuer: String
    /// The client ID Piper is registered under at the provider.
    package var clientID: String
    /// The client secret; `nil` for a public client, which authenticates by PKCE alone.
    package var clientSecret: String?
    /// The callback URL registered at the provider.
    package var redirectURI: String
    /// The scopes requested; always includes `openid`.
    package var scopes: [String]
    /// The provider's name as shown on the sign-in button.
    package var displayName: String

    /// The scopes requested when none are configured.
    package static let defaultScopes = ["openid", "email", "profile"]

    /// Creates settings; `openid` is added to `scopes` when missing.
    package init(
        issuer: String,
        clientID: String,
        clientSecret: String? = nil,
        redirectURI: String,
        scopes: [String] = OIDCSettings.defaultScopes,
        displayName: String = "Single sign-on"
    ) {
        self.issuer = issuer
        self.clientID = clientID
        self.clientSecret = clientSecret.flatMap { $0.isEmpty ? nil : $0 }
        self.redirectURI = redirectURI
        self.scopes = scopes.contains("openid") ? scopes : ["openid"] + scopes
        self.displayName = displayName
    }
}

extension OIDCSettings: CustomStringConvertible {
    /// Describes the settings without the client secret.
    package var description: String {
        "OIDCSettings(issuer: \(issuer), clientID: \(clientID), clientSecret: \(clientSecret == nil ? "none" : "set"), "
            + "redirectURI: \(redirectURI), scopes: \(scopes.joined(separator: " ")))"
    }
}
