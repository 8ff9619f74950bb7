import PiperAuth
import Testing

@Suite("OIDC settings")
struct OIDCSettingsTests {
    @Test func scopesDefaultToOpenIDEmailAndProfileAndAlwaysIncludeOpenID() {
        let defaults = OIDCSettings(issuer: "https://sso.example.com", clientID: "c", redirectURI: "https://p/cb")
        #expect(defaults.scopes == ["openid", "email", "profile"])
        let custom = OIDCSettings(
            issuer: "https://sso.example.com", clientID: "c", redirectURI: "https://p/cb", scopes: ["email"])
        #expect(custom.scopes == ["openid", "email"])
    }

    @Test func anEmptySecretMeansAPublicClientAndTheSecretIsNeverDescribed() {
        let publicClient = OIDCSettings(
            issuer: "https://sso.example.com", clientID: "c", clientSecret: "", redirectURI: "https://p/cb")
        #expect(publicClient.clientSecret == nil)
        let confidential = OIDCSettings(
            issuer: "https://sso.example.com", clientID: "c", clientSecret: "s3cret-value", redirectURI: "https://p/cb")
        #expect(!String(describing: confidential).contains("s3cret-value"))
    }
}
