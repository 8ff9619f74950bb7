import Hummingbird
import PiperCore

/// The context of a protected route: the principal is always present, so handlers cannot forget the scope.
package struct PrincipalContext: ChildRequestContext {
    /// Hummingbird's per-request storage.
    package var coreContext: CoreRequestContextStorage
    /// The request's ID.
    package var requestID: String
    /// Who is making the request.
    package let principal: Principal

    /// Admits only identified requests; others get 401.
    package init(context: AppRequestContext) throws {
        guard let principal = context.principal else {
            throw APIError(status: .unauthorized, code: "unauthorized", message: "Sign in to use this part of Piper.")
        }
        self.coreContext = context.coreContext
        self.requestID = context.requestID
        self.principal = principal
    }

    /// The scope of the principal's own data.
    package var scope: Scope { principal.scope }
}
