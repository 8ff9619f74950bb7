import Foundation
import Hummingbird
import Logging
import PiperCore
import ServiceLifecycle
import Synchronization

/// An OpenID Connect provider on 127.0.0.1 for tests: discovery, JWKS, `/authorize` (no UI) and `/token`,
/// with knobs for the signed-in user, signing keys, and misbehaviours.
package final class OIDCProviderDouble: Sendable {
    /// The user `/authorize` signs in.
    package struct User: Sendable, Equatable {
        /// The `sub` claim.
        package var subject: String
        /// The `email` claim; `nil` leaves it out.
        package var email: String?
        /// The `email_verified` claim.
        package var emailVerified: Bool
        /// The `name` claim.
        package var name: String?

        /// Creates a user.
        package init(subject: String, email: String?, emailVerified: Bool, name: String?) {
            self.subject = subject
            self.email = email
            self.emailVerified = emailVerified
            self.name = name
        }

        /// Ada, with a verified address.
        package static let ada = User(
            subject: "user-ada-0001", email: "ada@example.com", emailVerified: true, name: "Ada Lovelace")
    }

    /// Ways the provider can get an ID token wrong.
    package enum Misbehaviour: Sendable, Equatable {
        /// `aud` names another client.
        case wrongAudience
        /// `aud` includes Piper and another client, with no `azp`.
        case extraAudienceWithoutAuthorizedParty
        /// `iss` names another provider.
        case wrongIssuer
        /// `exp` passed an hour ago.
        case expiredToken
        /// `iat` lies an hour in the future.
        case issuedInFuture
        /// Signed with a key not in the JWKS, under the current key's `kid`.
        case badSignature
        /// No `nonce` claim.
        case missingNonce
        /// A `nonce` that is not the one sent to `/authorize`.
        case wrongNonce
        /// An unsigned token with `alg: none`.
        case algNone
        /// An HMAC token keyed with the client secret (`alg: HS256`).
        case hmacWithClientSecret
    }

    /// The client ID the provider expects.
    package let clientID: String
    /// The client secret it expects, or `nil` for a public client.
    package let clientSecret: String?
    /// The only redirect URI it accepts.
    package let redirectURI: String
    let clock: DateGenerator
    let state: Mutex<ProviderState>

    init(clientID: String, clientSecret: String?, redirectURI: String, clock: DateGenerator, keys: [OIDCProviderKey]) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.redirectURI = redirectURI
        self.clock = clock
        self.state = Mutex(ProviderState(keys: keys))
    }

    /// Runs `body` with a provider listening on an ephemeral port, and stops the provider afterwards.
    package static func run<T: Sendable>(
        clientID: String = "piper-test-client",
        clientSecret: String? = "piper-test-secret-0123456789abcdef",
        redirectURI: String = "http://127.0.0.1:8080/api/v1/auth/oidc/callback",
        clock: DateGenerator = .system,
        _ body: (OIDCProviderDouble) async throws -> T
    ) async throws -> T {
        let keys = [
            try await OIDCProviderKey.make(.rs256, kid: "rsa-1", poolSlot: 0),
            try await OIDCProviderKey.make(.es256, kid: "ec-1", poolSlot: 0),
        ]
        let provider = OIDCProviderDouble(
            clientID: clientID, clientSecret: clientSecret, redirectURI: redirectURI, clock: clock, keys: keys)
        return try await LoopbackServer.run(provider.makeRouter(), name: "oidc-provider-double", logLevel: .warning) {
            port in
            provider.state.withLock { $0.port = port }
            return try await body(provider)
        }
    }

    /// The issuer identifier, `http://127.0.0.1:<port>`.
    package var issuer: String { "http://127.0.0.1:\(state.withLock { $0.port })" }

    /// The user the next sign-in authenticates.
    package var user: User {
        get { state.withLock { $0.user } }
        set { state.withLock { $0.user = newValue } }
    }

    /// The algorithm of the key that signs the next ID token.
    package var signingAlgorithm: OIDCProviderKey.Algorithm {
        get { state.withLock { $0.signingAlgorithm } }
        set { state.withLock { $0.signingAlgorithm = newValue } }
    }

    /// How the next ID tokens go wrong; `nil` for correct tokens.
    package var misbehaviour: Misbehaviour? {
        get { state.withLock { $0.misbehaviour } }
        set { state.withLock { $0.misbehaviour = newValue } }
    }

    /// An issuer to advertise in the discovery document instead of the real one.
    package var advertisedIssuer: String? {
        get { state.withLock { $0.advertisedIssuer } }
        set { state.withLock { $0.advertisedIssuer = newValue } }
    }

    /// Adds a new key (new `kid`) for the current algorithm, publishes it beside the old ones and signs with it.
    @discardableResult
    package func rotateKey() async throws -> String {
        let (algorithm, count) = state.withLock { state in
            (state.signingAlgorithm, state.keys.filter { $0.algorithm == state.signingAlgorithm }.count)
        }
        let prefix = algorithm == .rs256 ? "rsa" : "ec"
        let key = try await OIDCProviderKey.make(algorithm, kid: "\(prefix)-\(count + 1)", poolSlot: count)
        state.withLock { $0.keys.append(key) }
        return key.kid
    }

    /// How many times the JWKS was fetched.
    package var keySetRequestCount: Int { state.withLock { $0.keySetRequests } }
    /// How many times the discovery document was fetched.
    package var discoveryRequestCount: Int { state.withLock { $0.discoveryRequests } }
    /// The query parameters of the last `/authorize` request.
    package var lastAuthorizationParameters: [String: String] { state.withLock { $0.lastAuthorizationParameters } }
    /// The form fields of the last `/token` request.
    package var lastTokenRequestFields: [String: String] { state.withLock { $0.lastTokenRequestFields } }
}

/// The double's mutable state, guarded by `OIDCProviderDouble.state`.
struct ProviderState {
    struct PendingCode {
        var codeChallenge: String
        var nonce: String?
        var redirectURI: String
    }

    var port = 0
    var keys: [OIDCProviderKey]
    var user = OIDCProviderDouble.User.ada
    var signingAlgorithm = OIDCProviderKey.Algorithm.rs256
    var misbehaviour: OIDCProviderDouble.Misbehaviour?
    var advertisedIssuer: String?
    var pendingCodes: [String: PendingCode] = [:]
    var keySetRequests = 0
    var discoveryRequests = 0
    var lastAuthorizationParameters: [String: String] = [:]
    var lastTokenRequestFields: [String: String] = [:]

    /// The newest key for the current algorithm.
    var currentKey: OIDCProviderKey {
        keys.last { $0.algorithm == signingAlgorithm }!
    }
}
