import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Gives every request an ID (the caller's `X-Request-ID` when it is sane), puts it on the request's
/// logger and on the response, and logs one line per finished request.
package struct RequestIDMiddleware: RouterMiddleware {
    /// The header carrying the ID both ways.
    package static let headerName = HTTPField.Name("X-Request-ID")!

    private let makeID: @Sendable () -> String

    /// Creates the middleware; `makeID` mints IDs for requests that bring none.
    package init(makeID: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.makeID = makeID
    }

    /// Tags the request, calls the next responder and tags the response.
    package func handle(
        _ request: Request,
        context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        let id = request.headers[Self.headerName].flatMap(Self.sanitized) ?? makeID()
        context.requestID = id
        context.logger[metadataKey: "request.id"] = .string(id)
        let started = ContinuousClock.now
        var response = try await next(request, context)
        response.headers[Self.headerName] = id
        let elapsed = ContinuousClock.now - started
        context.logger.info(
            "request.finished",
            metadata: [
                "http.method": .string(request.method.rawValue),
                "http.path": .string(request.uri.path),
                "http.status": .stringConvertible(response.status.code),
                "http.duration_ms": .stringConvertible(elapsed.roundedMilliseconds),
            ]
        )
        return response
    }

    /// Accepts IDs of 1–128 letters, digits, dashes, underscores and dots; anything else is replaced.
    static func sanitized(_ candidate: String) -> String? {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard (1...128).contains(candidate.count),
            candidate.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) })
        else { return nil }
        return candidate
    }
}
