import Foundation
import PiperAuth
import PiperTestSupport
import Testing

@Suite("OIDC sign-in refusals")
struct OIDCRefusalTests {
    @Test(arguments: [
        (OIDCProviderDouble.Misbehaviour.wrongAudience, OIDCTokenProblem.wrongAudience),
        (.extraAudienceWithoutAuthorizedParty, .wrongAudience),
        (.wrongIssuer, .wrongIssuer),
        (.expiredToken, .expired),
        (.issuedInFuture, .issuedInFuture),
        (.badSignature, .badSignature),
        (.missingNonce, .nonceMismatch),
        (.wrongNonce, .nonceMismatch),
        (.algNone, .unsupportedAlgorithm("none")),
        (.hmacWithClientSecret, .unsupportedAlgorithm("HS256")),
    ])
    func aBadIDTokenIsRefused(misbehaviour: OIDCProviderDouble.Misbehaviour, problem: OIDCTokenProblem) async throws {
        try await OIDCHarness.run { harness in
            harness.provider.misbehaviour = misbehaviour
            try await harness.expectSignInFails(with: .invalidIDToken(problem))
        }
    }

    @Test(arguments: OIDCProviderKey.Algorithm.allCases)
    func aBadSignatureIsRefusedForEveryAlgorithm(algorithm: OIDCProviderKey.Algorithm) async throws {
        try await OIDCHarness.run { harness in
            harness.provider.signingAlgorithm = algorithm
            harness.provider.misbehaviour = .badSignature
            try await harness.expectSignInFails(with: .invalidIDToken(.badSignature))
        }
    }

    @Test func aStateOtherThanTheCookiesIsRefused() async throws {
        try await OIDCHarness.run { harness in
            let first = try await harness.authorize()
            let second = try await harness.authorize()
            await #expect(throws: OIDCError.stateMismatch) {
                try await harness.client.finish(
                    code: second.code, state: second.state, expectedState: first.start.state)
            }
            await #expect(throws: OIDCError.stateMismatch) {
                try await harness.client.finish(code: second.code, state: second.state, expectedState: "")
            }
        }
    }

    @Test func aStateOlderThanTenMinutesIsRefused() async throws {
        try await OIDCHarness.run { harness in
            let callback = try await harness.authorize()
            harness.clock.advance(by: 601)
            await #expect(throws: OIDCError.stateExpired) {
                try await harness.client.finish(
                    code: callback.code, state: callback.state, expectedState: callback.start.state)
            }
        }
    }

    @Test func aStateForgedWithoutTheServerKeyIsRefused() async throws {
        try await OIDCHarness.run { harness in
            let callback = try await harness.authorize()
            let forged = callback.state.split(separator: ".").dropLast().joined(separator: ".") + ".AAAA"
            await #expect(throws: OIDCError.stateInvalid) {
                try await harness.client.finish(code: callback.code, state: forged, expectedState: forged)
            }
        }
    }

    @Test func aCodeIsAcceptedOnlyOnce() async throws {
        try await OIDCHarness.run { harness in
            let callback = try await harness.authorize()
            _ = try await harness.client.finish(
                code: callback.code, state: callback.state, expectedState: callback.start.state)
            await #expect(throws: OIDCError.tokenExchangeFailed(status: 400, error: "invalid_grant")) {
                try await harness.client.finish(
                    code: callback.code, state: callback.state, expectedState: callback.start.state)
            }
        }
    }

    @Test func aDiscoveryDocumentNamingAnotherIssuerIsRefused() async throws {
        try await OIDCHarness.run { harness in
            harness.provider.advertisedIssuer = "https://issuer.invalid"
            let expected = OIDCError.issuerMismatch(expected: harness.provider.issuer, found: "https://issuer.invalid")
            await #expect(throws: expected) { try await harness.client.start(returnTo: "/") }
        }
    }

    @Test func anIssuerThatDiffersOnlyByATrailingSlashIsRefused() async throws {
        try await OIDCHarness.run(issuerSuffix: "/") { harness in
            let configured = harness.provider.issuer + "/"
            let expected = OIDCError.issuerMismatch(expected: configured, found: harness.provider.issuer)
            await #expect(throws: expected) { try await harness.client.start(returnTo: "/") }
        }
    }

    @Test func aReturnPathOnAnotherSiteIsRefused() async throws {
        try await OIDCHarness.run { harness in
            await #expect(throws: OIDCError.invalidReturnPath) {
                try await harness.client.start(returnTo: "https://evil.example/")
            }
        }
    }
}
