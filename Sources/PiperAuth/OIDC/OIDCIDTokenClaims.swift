import JWTKit

/// The ID token claims Piper reads.
///
/// - SeeAlso: https://openid.net/specs/openid-connect-core-1_0.html#IDToken
struct OIDCIDTokenClaims: JWTPayload {
    var issuer: IssuerClaim
    var subject: SubjectClaim
    var audience: AudienceClaim
    var expiration: ExpirationClaim
    var issuedAt: IssuedAtClaim
    var nonce: String?
    var authorizedParty: String?
    var email: String?
    var emailVerified: BoolClaim?
    var name: String?

    enum CodingKeys: String, CodingKey {
        case issuer = "iss"
        case subject = "sub"
        case audience = "aud"
        case expiration = "exp"
        case issuedAt = "iat"
        case nonce
        case authorizedParty = "azp"
        case email
        case emailVerified = "email_verified"
        case name
    }

    /// Claims are checked by `OIDCClient` against its injected clock after the signature is verified.
    func verify(using _: some JWTAlgorithm) async throws {}
}
