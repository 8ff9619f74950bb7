import Hummingbird
import PiperAuth
import PiperCore

/// The context of a protected route: the principal is always present, so handlers cannot forget the scope.
package struct PrincipalContext: ChildRequestContext {
    /// Hummingbird's per-request storage.
    package var coreContext: CoreRequestContextStorage
    /// The request's ID.
    package var requestID: String
    /// Who is making the request and how they proved it.
    package let authentication: Authentication
    /// The peer's IP address.
    package let peerAddress: String

    /// Who is making the request.
    package var principal: Principal { authentication.principal }

    /// Admits only identified requests; others get 401.
    package init(context: AppRequestContext) throws {
        guard let authentication = context.authentication else {
            throw APIError(status: .unauthorized, code: "unauthorized", message: "Sign in to use this part of Piper.")
        }
        self.coreContext = context.coreContext
        self.requestID = context.requestID
        self.authentication = authentication
        self.peerAddress = context.peerAddress
    }

    /// The scope of the principal's own data.
    package var scope: Scope { principal.scope }

    /// Throws 403 unless the request may administer the workspace (role and credential both allow it).
    package func requireAdministrator() throws {
        try authentication.requireAdministration()
    }
}
