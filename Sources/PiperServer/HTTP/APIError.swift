import Hummingbird

/// An error as the API shows it: a status, a stable code and a sentence for people.
package struct APIError: Error, Hashable, Sendable {
    /// The HTTP status.
    package var status: HTTPResponse.Status
    /// A stable machine-readable code such as `not_found`.
    package var code: String
    /// What went wrong and, where possible, what to do about it.
    package var message: String
    /// Seconds to wait before retrying, sent as `Retry-After` (for 429).
    package var retryAfter: Int?

    /// Creates an API error.
    package init(status: HTTPResponse.Status, code: String, message: String, retryAfter: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.retryAfter = retryAfter
    }

    /// The body every error response carries.
    struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var code: String
            var message: String
            var requestID: String
        }

        var error: Detail
    }
}
