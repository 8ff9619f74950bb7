import Crypto
import Foundation
import PiperAuth
import PiperCore
import Testing

/// Access tokens: only Piper's own, unaltered, unexpired HS256 tokens for Piper's audience pass.
@Suite("Access tokens")
struct AccessTokenTests {
    static let key = SymmetricKey(size: .bits256)
    static let scope = Scope(workspace: .init(UUID()), owner: .init(UUID()))
    static let session = SignInSession.ID(UUID())
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func mint(
        key: SymmetricKey = key, issuer: String = "piper", audience: String = "piper-api", at time: Date = now
    ) async throws -> String {
        let minter = await AccessTokens(signingKey: key, issuer: issuer, audience: audience)
        return try await minter.mint(scope: scope, session: session, tokenID: "jti-1", at: time).token
    }

    static func verify(_ token: String, at time: Date = now) async -> AccessGrant? {
        await AccessTokens(signingKey: key).verify(token, at: time)
    }

    @Test("a fresh token verifies to its scope, session, ID and expiry")
    func roundTrip() async throws {
        let grant = try #require(await Self.verify(try await Self.mint()))
        #expect(grant.scope == Self.scope && grant.session == Self.session && grant.tokenID == "jti-1")
        #expect(grant.expiresAt == Self.now.addingTimeInterval(900))
    }

    @Test("expired, wrong-audience, wrong-issuer, foreign-key and future tokens are refused")
    func refusals() async throws {
        let token = try await Self.mint()
        #expect(await Self.verify(token, at: Self.now.addingTimeInterval(900)) == nil)
        #expect(await Self.verify(try await Self.mint(audience: "another-api")) == nil)
        #expect(await Self.verify(try await Self.mint(issuer: "someone-else")) == nil)
        #expect(await Self.verify(try await Self.mint(key: SymmetricKey(size: .bits256))) == nil)
        #expect(await Self.verify(try await Self.mint(at: Self.now.addingTimeInterval(600))) == nil)
    }

    @Test("tampered payloads and signatures are refused")
    func tampering() async throws {
        let parts = try await Self.mint().split(separator: ".").map(String.init)
        let otherUser = try await AccessTokens(signingKey: SymmetricKey(size: .bits256)).mint(
            scope: Scope(workspace: .init(UUID()), owner: .init(UUID())), session: Self.session, tokenID: "x",
            at: Self.now
        ).token.split(separator: ".").map(String.init)
        #expect(await Self.verify([parts[0], otherUser[1], parts[2]].joined(separator: ".")) == nil)
        var signature = Array(parts[2])
        signature[4] = signature[4] == "A" ? "B" : "A"
        #expect(await Self.verify([parts[0], parts[1], String(signature)].joined(separator: ".")) == nil)
        #expect(await Self.verify(parts[0] + "." + parts[1]) == nil)
        #expect(await Self.verify("not a token") == nil)
    }

    @Test("alg none and other algorithms are refused before any key is tried")
    func algorithms() async throws {
        let parts = try await Self.mint().split(separator: ".").map(String.init)
        for header in [
            #"{"alg":"none","typ":"JWT"}"#, #"{"alg":"HS512","typ":"JWT"}"#, #"{"alg":"RS256","typ":"JWT"}"#,
        ] {
            let encoded = OpaqueToken.base64URL(Data(header.utf8))
            #expect(await Self.verify("\(encoded).\(parts[1]).") == nil, "\(header) with no signature")
            #expect(await Self.verify("\(encoded).\(parts[1]).\(parts[2])") == nil, "\(header) with a signature")
        }
    }

    @Test("opaque tokens are prefixed, random and stored only as their SHA-256")
    func opaqueTokens() {
        let first = OpaqueToken.generate(prefix: TokenPrefix.apiToken)
        #expect(first.hasPrefix("pmt_") && first.count == 47 && first != OpaqueToken.generate(prefix: "pmt_"))
        #expect(OpaqueToken.hash(first).count == 64 && !OpaqueToken.hash(first).contains(first))
    }

    @Test("passwords are bcrypt-hashed with a salt and verified")
    func passwords() async {
        let hasher = PasswordHasher(cost: 4)
        let hash = await hasher.hash("correct horse battery")
        let second = await hasher.hash("correct horse battery")
        #expect(hash.hasPrefix("$2b$04$") && hash != second)
        let right = await hasher.verify("correct horse battery", hash: hash)
        let wrong = await hasher.verify("correct horse batterY", hash: hash)
        #expect(right && !wrong)
    }
}
