import Foundation
import PiperAuth
import PiperTestSupport
import Testing

@Suite("OIDC sign-in against a provider")
struct OIDCClientTests {
    @Test(arguments: OIDCProviderKey.Algorithm.allCases)
    func signingInReturnsTheProvidersUser(algorithm: OIDCProviderKey.Algorithm) async throws {
        try await OIDCHarness.run { harness in
            harness.provider.signingAlgorithm = algorithm
            let identity = try await harness.signIn(returnTo: "/todos?filter=open")
            #expect(
                identity
                    == OIDCIdentity(
                        issuer: harness.provider.issuer, subject: "user-ada-0001", email: "ada@example.com",
                        emailVerified: true, name: "Ada Lovelace", returnTo: "/todos?filter=open"))
            #expect(try identity.verifiedEmail() == "ada@example.com")
        }
    }

    @Test func theAuthorizationRequestCarriesEveryParameter() async throws {
        try await OIDCHarness.run { harness in
            _ = try await harness.signIn()
            let sent = harness.provider.lastAuthorizationParameters
            #expect(sent["response_type"] == "code")
            #expect(sent["client_id"] == harness.provider.clientID)
            #expect(sent["redirect_uri"] == harness.provider.redirectURI)
            #expect(sent["scope"] == "openid email profile")
            #expect(sent["code_challenge_method"] == "S256")
            #expect(sent["nonce"]?.count == 43)
            #expect(sent["state"]?.isEmpty == false)
        }
    }

    @Test func theCodeChallengeIsTheS256OfTheVerifierSentToTheTokenEndpoint() async throws {
        try await OIDCHarness.run { harness in
            _ = try await harness.signIn()
            let verifier = try #require(harness.provider.lastTokenRequestFields["code_verifier"])
            #expect(verifier.count >= 43)
            #expect(harness.provider.lastAuthorizationParameters["code_challenge"] == s256(verifier))
        }
    }

    @Test func aConfidentialClientAuthenticatesWithBasicAndAPublicClientWithItsID() async throws {
        try await OIDCHarness.run { harness in
            _ = try await harness.signIn()
            #expect(harness.provider.lastTokenRequestFields["client_id"] == nil)
        }
        try await OIDCHarness.run(clientSecret: nil) { harness in
            _ = try await harness.signIn()
            #expect(harness.provider.lastTokenRequestFields["client_id"] == harness.provider.clientID)
        }
    }

    @Test func anUnverifiedEmailIsReportedAsSuch() async throws {
        try await OIDCHarness.run { harness in
            harness.provider.user = .init(subject: "u-2", email: "bob@example.com", emailVerified: false, name: nil)
            let identity = try await harness.signIn()
            #expect(identity.email == "bob@example.com")
            #expect(!identity.emailVerified)
            #expect(throws: OIDCError.emailNotVerified) { try identity.verifiedEmail() }
        }
    }

    @Test func aMissingEmailIsNeverVerified() async throws {
        try await OIDCHarness.run { harness in
            harness.provider.user = .init(subject: "u-3", email: nil, emailVerified: true, name: nil)
            let identity = try await harness.signIn()
            #expect(identity.email == nil)
            #expect(!identity.emailVerified)
        }
    }

    @Test func theDiscoveryDocumentIsFetchedOnce() async throws {
        try await OIDCHarness.run { harness in
            _ = try await harness.signIn()
            _ = try await harness.signIn()
            #expect(harness.provider.discoveryRequestCount == 1)
            #expect(harness.provider.keySetRequestCount == 1)
        }
    }

    @Test func aRotatedKeyIsPickedUpAndRefetchesAreRateLimited() async throws {
        try await OIDCHarness.run { harness in
            _ = try await harness.signIn()
            try await harness.provider.rotateKey()
            _ = try await harness.signIn()
            #expect(harness.provider.keySetRequestCount == 2)

            try await harness.provider.rotateKey()
            try await harness.expectSignInFails(with: .invalidIDToken(.unknownKey))
            #expect(harness.provider.keySetRequestCount == 2)

            harness.clock.advance(by: 61)
            _ = try await harness.signIn()
            #expect(harness.provider.keySetRequestCount == 3)
        }
    }
}
