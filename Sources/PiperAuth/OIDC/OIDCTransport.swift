import Foundation

/// The HTTP calls an OpenID Connect client makes: plain GETs and form POSTs.
package struct OIDCTransport: Sendable {
    /// A response's status and body.
    package struct Response: Sendable, Equatable {
        /// The HTTP status code.
        package var status: Int
        /// The body bytes.
        package var body: [UInt8]

        /// Creates a response.
        package init(status: Int, body: [UInt8]) {
            self.status = status
            self.body = body
        }
    }

    /// HTTP Basic credentials, sent as given.
    package struct BasicCredentials: Sendable, Equatable {
        /// The user name part.
        package var username: String
        /// The password part.
        package var password: String

        /// Creates credentials.
        package init(username: String, password: String) {
            self.username = username
            self.password = password
        }
    }

    /// Fetches a URL with GET.
    package var get: @Sendable (_ url: URL) async throws -> Response
    /// POSTs `fields` as `application/x-www-form-urlencoded`, with Basic authentication when given.
    package var postForm:
        @Sendable (_ url: URL, _ fields: [String: String], _ basicAuth: BasicCredentials?) async throws -> Response

    /// Creates a transport from its endpoints.
    package init(
        get: @escaping @Sendable (_ url: URL) async throws -> Response,
        postForm:
            @escaping @Sendable (_ url: URL, _ fields: [String: String], _ basicAuth: BasicCredentials?) async throws ->
            Response
    ) {
        self.get = get
        self.postForm = postForm
    }
}

extension OIDCTransport {
    /// Encodes `fields` as an `application/x-www-form-urlencoded` body, in name order.
    package static func formBody(_ fields: [String: String]) -> [UInt8] {
        Array(FormEncoding.encode(fields).utf8)
    }

    /// The `Authorization` header value for `credentials`.
    package static func basicAuthorization(_ credentials: BasicCredentials) -> String {
        "Basic " + Data("\(credentials.username):\(credentials.password)".utf8).base64EncodedString()
    }
}

/// Why a transport could not deliver a response; never carries request bodies or credentials.
package enum OIDCTransportError: Error, Equatable, CustomStringConvertible {
    /// The provider did not answer in time.
    case timedOut(host: String)
    /// The response body exceeded the size limit.
    case responseTooLarge(host: String, limit: Int)
    /// The connection failed.
    case connectionFailed(host: String)

    /// A readable description.
    package var description: String {
        switch self {
        case .timedOut(let host): "\(host) did not answer in time"
        case .responseTooLarge(let host, let limit): "\(host) sent a response larger than \(limit) bytes"
        case .connectionFailed(let host): "could not connect to \(host)"
        }
    }
}
