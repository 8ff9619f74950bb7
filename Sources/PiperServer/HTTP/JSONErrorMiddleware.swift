import Hummingbird
import Logging
import PiperCore

/// Turns every error below it into a JSON error response; unexpected errors are logged, never shown.
package struct JSONErrorMiddleware: RouterMiddleware {
    /// Creates the middleware.
    package init() {}

    /// Calls the next responder and converts what it throws.
    package func handle(
        _ request: Request,
        context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = APIError.from(error, request: request)
            log(error, as: apiError, context: context)
            return try response(for: apiError, failure: error, request: request, context: context)
        }
    }

    private func log(_ error: any Error, as apiError: APIError, context: AppRequestContext) {
        if apiError.status.code >= 500 {
            // Only the type: an arbitrary error's description may carry a secret or a user's data.
            var metadata: Logger.Metadata = ["error.type": .string(String(reflecting: type(of: error)))]
            if let storage = error as? StorageError { metadata["error"] = .string(storage.description) }
            context.logger.error("request.failed", metadata: metadata)
        } else {
            context.logger.debug("request.rejected", metadata: ["error.code": .string(apiError.code)])
        }
    }

    private func response(
        for error: APIError, failure: any Error, request: Request, context: AppRequestContext
    ) throws -> Response {
        let body = APIError.Body(
            error: .init(
                status: Int(error.status.code),
                code: error.code,
                message: error.message,
                requestID: context.requestID
            )
        )
        var response = try context.responseEncoder.encode(body, from: request, context: context)
        response.status = error.status
        if failure is ClearingCookies { SessionCookies.clear(on: &response, request: request) }
        if let seconds = error.retryAfter { response.headers[.retryAfter] = String(seconds) }
        if error.status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer realm=\"piper\"" }
        return response
    }
}
