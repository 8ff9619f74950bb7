import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

extension ModelTransport {
    /// Sends requests with AsyncHTTPClient, enforcing the request's deadline on the head and on the body.
    package static func asyncHTTPClient(_ client: HTTPClient) -> ModelTransport {
        ModelTransport { request in
            var outgoing = HTTPClientRequest(url: request.url)
            outgoing.method = HTTPMethod(rawValue: request.method)
            for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
            outgoing.body = .bytes(ByteBuffer(bytes: request.body))
            let started = ContinuousClock.now
            let headSeconds = request.deadline.headSeconds
            let response: HTTPClientResponse
            do {
                response = try await client.execute(
                    outgoing, deadline: .now() + .milliseconds(Int64(headSeconds * 1000)))
            } catch {
                throw TransportFailure(error, seconds: headSeconds)
            }
            let headers = Dictionary(
                response.headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
            let watch = BodyWatch(deadline: request.deadline, started: started)
            return ModelHTTPResponse(
                status: Int(response.status.code), headers: headers, body: watch.relay(response.body))
        }
    }
}

extension ModelHTTPRequest.Deadline {
    /// Seconds allowed before the response head.
    var headSeconds: Double {
        switch self {
        case .whole(let seconds): seconds
        case .streaming(let firstByte, _): firstByte
        }
    }
}

extension TransportFailure {
    /// Classifies an AsyncHTTPClient or NIO error without repeating its text, which may name hosts only.
    init(_ error: any Error, seconds: Double) {
        if let failure = error as? TransportFailure {
            self = failure
        } else if let client = error as? HTTPClientError, client == .deadlineExceeded || client == .readTimeout {
            self = .timedOut(seconds: seconds)
        } else if let client = error as? HTTPClientError, client == .connectTimeout {
            self = .unreachable(reason: "connection timed out")
        } else if let client = error as? HTTPClientError, client == .remoteConnectionClosed {
            self = .unreachable(reason: "connection closed")
        } else if error is CancellationError {
            self = .unreachable(reason: "cancelled")
        } else {
            self = .unreachable(reason: Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("refused") { return "connection refused" }
        if text.localizedCaseInsensitiveContains("closed") { return "connection closed" }
        return String(text.prefix(120))
    }
}
