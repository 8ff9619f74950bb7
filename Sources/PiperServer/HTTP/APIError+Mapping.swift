import Hummingbird
import PiperCore

extension APIError {
    /// The API's view of any error a handler or the framework threw.
    static func from(_ error: any Error, request: Request) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as HTTPError:
            return fromHTTPError(error, request: request)
        case let error as StorageError:
            return fromStorageError(error)
        case let error as ConversationError:
            return fromConversationError(error)
        case let error as ClearingCookies:
            return error.underlying.apiError
        case let error as any DomainErrorMapping:
            return error.apiError
        default:
            return APIError(
                status: .internalServerError,
                code: "internal_error",
                message: "Piper hit an unexpected problem. It has been logged with this request's ID."
            )
        }
    }

    private static func fromHTTPError(_ error: HTTPError, request: Request) -> APIError {
        let message: String =
            switch error.status {
            case .notFound:
                error.body ?? "Nothing here: \(request.method.rawValue) \(request.uri.path) is not a Piper route."
            case .methodNotAllowed: error.body ?? "\(request.method.rawValue) is not allowed on \(request.uri.path)."
            default: error.body ?? error.status.reasonPhrase
            }
        return APIError(status: error.status, code: code(for: error.status), message: message)
    }

    private static func fromStorageError(_ error: StorageError) -> APIError {
        APIError(
            status: .serviceUnavailable,
            code: "storage_unavailable",
            message: "Piper's database is not answering right now; nothing was changed. Try again shortly."
        )
    }

    private static func fromConversationError(_ error: ConversationError) -> APIError {
        switch error {
        case .notFound(let id):
            APIError(status: .notFound, code: "not_found", message: "No conversation \(id).")
        case .invalidTitle:
            APIError(
                status: .unprocessableContent, code: "invalid_title", message: "A title needs 1 to 200 characters.")
        }
    }

    /// A snake-case code for a status, such as `bad_request`.
    static func code(for status: HTTPResponse.Status) -> String {
        status.reasonPhrase.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "_")
    }
}
