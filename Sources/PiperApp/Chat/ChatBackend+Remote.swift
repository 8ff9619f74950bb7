import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PiperCore

extension ChatBackend {
    /// Runs `body` with a backend that talks to a running Piper server's REST API, sending `token`
    /// (a personal API token) as a Bearer credential when given.
    package static func withRemote<T: Sendable>(
        _ baseURL: String, token: String? = nil, _ body: @escaping @Sendable (ChatBackend) async throws -> T
    ) async throws -> T {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let api = RemoteAPI(
            client: client, baseURL: baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL, token: token)
        let backend = ChatBackend(
            target: api.baseURL,
            startConversation: { try await api.startConversation() },
            conversationExists: { try await api.conversationExists($0) },
            send: { try await api.send($1, to: $0, stream: $2) })
        do {
            let result = try await body(backend)
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}

/// The few REST calls the CLI makes.
struct RemoteAPI: Sendable {
    let client: HTTPClient
    let baseURL: String
    let token: String?

    func startConversation() async throws -> String {
        let (status, body) = try await call(.POST, "/api/v1/conversations", json: Data("{}".utf8))
        guard status == .created else { throw RemoteError.from(status: status, body: body) }
        return try JSONDecoder().decode(WireConversation.self, from: body).id
    }

    func conversationExists(_ id: String) async throws -> Bool {
        let (status, body) = try await call(.GET, "/api/v1/conversations/\(id)", json: nil)
        if status == .notFound { return false }
        guard status == .ok else { throw RemoteError.from(status: status, body: body) }
        return true
    }

    private func call(_ method: HTTPMethod, _ path: String, json: Data?) async throws -> (HTTPResponseStatus, Data) {
        let response = try await execute(request(method, path, json: json), timeout: .seconds(60))
        return (response.status, try await Self.collect(response))
    }

    func request(_ method: HTTPMethod, _ path: String, json: Data?) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: json))
        }
        return request
    }

    func execute(_ request: HTTPClientRequest, timeout: TimeAmount) async throws -> HTTPClientResponse {
        do {
            return try await client.execute(request, timeout: timeout)
        } catch {
            throw RemoteError.unreachable(baseURL)
        }
    }

    static func collect(_ response: HTTPClientResponse) async throws -> Data {
        Data(buffer: try await response.body.collect(upTo: 4 * 1024 * 1024))
    }
}
