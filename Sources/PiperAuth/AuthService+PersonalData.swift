import PiperCore

extension AuthService {
    /// Erases the caller's data in their workspace and ends their sessions; the erasure is audited.
    /// Only the person themselves may do it, signed in (not with an API token).
    package func erasePersonalData(of authentication: Authentication, origin: RequestOrigin) async throws {
        try requireOwnSession(authentication, to: "erase your data")
        let scope = authentication.principal.scope
        try await stores.personalData.erase(scope)
        try await record(.dataErased, about: scope, actor: scope.owner, target: scope.owner.description, origin: origin)
    }
}
