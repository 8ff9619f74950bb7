import Hummingbird
import PiperCore

/// The context every Piper route sees: Hummingbird's core storage plus the request's ID.
package struct AppRequestContext: RequestContext {
    /// Hummingbird's per-request storage (logger, allocator, parameters).
    package var coreContext: CoreRequestContextStorage
    /// The ID echoed in `X-Request-ID` and attached to every log line of this request.
    package var requestID: String = ""
    /// Who is making the request, once identified; protected routes require one.
    package var principal: Principal?

    /// Creates the context for a new request.
    package init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }
}
