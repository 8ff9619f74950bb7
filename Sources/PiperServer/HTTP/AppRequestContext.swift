import Hummingbird
import PiperAuth
import PiperCore

/// The context every Piper route sees: Hummingbird's core storage plus the request's ID.
package struct AppRequestContext: RequestContext {
    /// Hummingbird's per-request storage (logger, allocator, parameters).
    package var coreContext: CoreRequestContextStorage
    /// The ID echoed in `X-Request-ID` and attached to every log line of this request.
    package var requestID: String = ""
    /// Who is making the request and how they proved it, once identified; protected routes require it.
    package var authentication: Authentication?
    /// The peer's IP address, or "unknown" (as under the in-process test client).
    package var peerAddress: String

    /// Who is making the request, once identified.
    package var principal: Principal? { authentication?.principal }

    /// Creates the context for a new request.
    package init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.peerAddress = source.channel.remoteAddress?.ipAddress ?? ClientAddress.unknown
    }
}
