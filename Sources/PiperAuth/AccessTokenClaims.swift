import Foundation
import JWTKit

/// The claims of a Piper access token: who (`sub`), in which workspace (`ws`), from which session (`sid`).
struct AccessTokenClaims: JWTPayload {
    var iss: IssuerClaim
    var aud: AudienceClaim
    var sub: SubjectClaim
    var exp: ExpirationClaim
    var iat: IssuedAtClaim
    var jti: IDClaim
    var ws: String
    var sid: String

    /// Signature checks happen in jwt-kit; issuer, audience and expiry are checked by ``AccessTokens`` against
    /// its settings and injected clock.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
