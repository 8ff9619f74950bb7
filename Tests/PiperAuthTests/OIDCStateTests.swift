import Crypto
import Foundation
import PiperAuth
import Testing

@Suite("OIDC state")
struct OIDCStateTests {
    let key = SymmetricKey(size: .bits256)

    @Test func aStateRoundTripsWithItsIssueTimeAndReturnPath() throws {
        let state = OIDCState.make(
            issuedAt: Date(timeIntervalSince1970: 1_700_000_000), returnTo: "/todos?x=1", key: key)
        let parsed = try OIDCState.parse(state.text, key: key)
        #expect(parsed == state)
        #expect(parsed.issuedAt == 1_700_000_000)
        #expect(parsed.returnTo == "/todos?x=1")
    }

    @Test func aStateUnderAnotherKeyOrAlteredIsRefused() {
        let state = OIDCState.make(issuedAt: Date(), returnTo: "/", key: key)
        #expect(throws: OIDCError.stateInvalid) { try OIDCState.parse(state.text, key: SymmetricKey(size: .bits256)) }
        let backdated = "\(state.issuedAt - 1000)" + state.text.drop { $0 != "." }
        #expect(throws: OIDCError.stateInvalid) { try OIDCState.parse(backdated, key: key) }
        #expect(throws: OIDCError.stateInvalid) { try OIDCState.parse("123.abc", key: key) }
    }

    @Test func theVerifierIsAValidPKCEVerifierAndTheChallengeItsS256() {
        let state = OIDCState.make(issuedAt: Date(), returnTo: "/", key: key)
        let verifier = state.codeVerifier(key: key)
        #expect(verifier.count == 43)
        #expect(verifier.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        let digest = Data(SHA256.hash(data: Data(verifier.utf8))).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        #expect(OIDCState.codeChallenge(forVerifier: verifier) == digest)
        #expect(state.nonce(key: key) != verifier)
    }

    @Test func aKnownVerifierHasItsRecordedChallenge() {
        // Recorded with Python: base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()), unpadded.
        #expect(
            OIDCState.codeChallenge(forVerifier: "dBjftJeZ4CVP-mJ92K9TFaCc2S53aIUuAH6MEPmrl0I")
                == "-ueLyRngfwDN4dxVOTKXQ4hu2vjZoqh9-q20TLts7xk")
    }

    @Test func onlyLocalPathsAreAcceptedAsReturnPaths() {
        #expect(OIDCClient.isLocalPath("/"))
        #expect(OIDCClient.isLocalPath("/todos/1?tab=notes"))
        #expect(!OIDCClient.isLocalPath("//evil.example"))
        #expect(!OIDCClient.isLocalPath("/\\evil.example"))
        #expect(!OIDCClient.isLocalPath("https://evil.example/"))
        #expect(!OIDCClient.isLocalPath("/a\nb"))
    }
}
