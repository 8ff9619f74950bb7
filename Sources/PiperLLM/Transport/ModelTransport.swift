import Foundation

/// Sends one HTTP request to a model provider and hands back the status, headers and body as a byte stream.
package struct ModelTransport: Sendable {
    /// Sends `request`; throws ``TransportFailure`` when no response head arrives.
    package var send: @Sendable (_ request: ModelHTTPRequest) async throws -> ModelHTTPResponse

    /// Creates a transport from its endpoint.
    package init(send: @escaping @Sendable (_ request: ModelHTTPRequest) async throws -> ModelHTTPResponse) {
        self.send = send
    }
}

/// An HTTP request to a model provider.
package struct ModelHTTPRequest: Sendable, Hashable {
    /// How long the transport waits.
    package enum Deadline: Sendable, Hashable {
        /// The whole exchange, body included, must finish within this many seconds.
        case whole(seconds: Double)
        /// The response head must arrive within `firstByte` seconds, then each body chunk within `idle`.
        case streaming(firstByte: Double, idle: Double)
    }

    /// `POST` for every provider call.
    package var method: String
    /// The absolute URL.
    package var url: String
    /// Header names and values, in order; may hold an API key, so never log them.
    package var headers: [(name: String, value: String)]
    /// The JSON body.
    package var body: Data
    /// How long to wait.
    package var deadline: Deadline

    /// Creates a request.
    package init(
        method: String = "POST", url: String, headers: [(name: String, value: String)], body: Data, deadline: Deadline
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.deadline = deadline
    }

    /// The first value of the header `name`, compared without case.
    package func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Compares everything; headers in order.
    package static func == (lhs: ModelHTTPRequest, rhs: ModelHTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.url == rhs.url && lhs.body == rhs.body && lhs.deadline == rhs.deadline
            && lhs.headers.map(\.name) == rhs.headers.map(\.name)
            && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }

    /// Hashes the URL and body.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(url)
        hasher.combine(body)
    }
}

/// A provider's response: status and headers at once, the body as it arrives.
package struct ModelHTTPResponse: Sendable {
    /// The HTTP status code.
    package var status: Int
    /// Header values by lowercased name.
    package var headers: [String: String]
    /// The body's bytes; fails with ``TransportFailure`` when the connection drops or goes idle too long.
    package var body: AsyncThrowingStream<[UInt8], any Error>

    /// Creates a response.
    package init(status: Int, headers: [String: String], body: AsyncThrowingStream<[UInt8], any Error>) {
        self.status = status
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    /// The whole body, or up to `limit` bytes of it.
    package func collectBody(limit: Int = 16 * 1024 * 1024) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await chunk in body {
            bytes.append(contentsOf: chunk.prefix(limit - bytes.count))
            if bytes.count >= limit { break }
        }
        return bytes
    }
}

/// Why a transport produced no usable response; providers turn it into a ``PiperCore/ModelError``.
package enum TransportFailure: Error, Hashable, Sendable {
    /// The deadline passed.
    case timedOut(seconds: Double)
    /// The connection failed or dropped; the reason never holds secrets.
    case unreachable(reason: String)
}
