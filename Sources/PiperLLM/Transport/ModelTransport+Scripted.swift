import Foundation
import Synchronization

extension ModelTransport {
    /// A transport that answers from `respond` and remembers every request, for tests and fixtures.
    package static func scripted(
        _ respond: @escaping @Sendable (_ request: ModelHTTPRequest, _ attempt: Int) async throws -> ModelHTTPResponse
    ) -> (transport: ModelTransport, requests: SentRequests) {
        let sent = SentRequests()
        let transport = ModelTransport { request in
            let attempt = sent.append(request)
            return try await respond(request, attempt)
        }
        return (transport, sent)
    }
}

extension ModelHTTPResponse {
    /// A complete response whose body arrives in pieces of `chunkSize` bytes.
    package static func text(
        _ body: String, status: Int = 200, headers: [String: String] = [:], chunkSize: Int = 4096
    ) -> ModelHTTPResponse {
        let bytes = Array(body.utf8)
        let chunks = stride(from: 0, to: bytes.count, by: max(chunkSize, 1)).map {
            Array(bytes[$0..<min($0 + chunkSize, bytes.count)])
        }
        return .chunks(chunks, status: status, headers: headers)
    }

    /// A response whose body is `chunks`, optionally ending in `failure` instead of a clean end.
    package static func chunks(
        _ chunks: [[UInt8]], status: Int = 200, headers: [String: String] = [:], failure: (any Error)? = nil
    ) -> ModelHTTPResponse {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: [UInt8].self)
        for chunk in chunks { continuation.yield(chunk) }
        continuation.finish(throwing: failure)
        return ModelHTTPResponse(status: status, headers: headers, body: stream)
    }
}

/// The requests a scripted transport received, in order.
package final class SentRequests: Sendable {
    private let storage = Mutex<[ModelHTTPRequest]>([])

    /// Creates an empty list.
    package init() {}

    /// Every request so far.
    package var all: [ModelHTTPRequest] { storage.withLock { $0 } }

    /// Appends `request` and answers its position, starting at 1.
    func append(_ request: ModelHTTPRequest) -> Int {
        storage.withLock {
            $0.append(request)
            return $0.count
        }
    }
}
