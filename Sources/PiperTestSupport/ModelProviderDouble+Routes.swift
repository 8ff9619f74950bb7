import Foundation
import Hummingbird
import NIOCore
import PiperCore

extension ModelProviderDouble {
    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/v1/chat/completions") { request, _ in try await self.respond(to: request, format: .openAI) }
        router.post("/v1/messages") { request, _ in try await self.respond(to: request, format: .anthropic) }
        router.get("/v1/models") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(string: #"{"object":"list","data":[{"id":"tiny","object":"model"}]}"#)))
        }
        return router
    }

    private func respond(to request: Request, format: ModelDoubleFormat) async throws -> Response {
        var request = request
        let body = String(buffer: try await request.collectBody(upTo: 8 * 1024 * 1024))
        let headers = Dictionary(
            request.headers.map { ($0.name.canonicalName, $0.value) }, uniquingKeysWith: { first, _ in first })
        let received = ReceivedRequest(path: request.uri.path, headers: headers, body: body)
        return try await response(nextReply(for: received), to: received, format: format)
    }

    private func response(_ reply: Reply, to request: ReceivedRequest, format: ModelDoubleFormat) async throws
        -> Response
    {
        let model = request.model ?? "double-model"
        switch reply {
        case .delayed(let seconds, let reply):
            try await Task.sleep(for: .milliseconds(Int64(seconds * 1000)))
            return try await response(reply, to: request, format: format)
        case .failure(let status, let message, let retryAfter):
            var response = json(format.errorBody(status: status, message: message), status: status)
            if let retryAfter { response.headers[.retryAfter] = retryAfter }
            return response
        case .dropConnection:
            return Response(
                status: .ok, headers: [.contentType: "application/json", .contentLength: "4096"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: #"{"id":"#))
                    throw ModelDoubleDrop()
                })
        case .answer, .toolCall, .stall:
            guard request.isStreaming else { return json(format.completeBody(reply, model: model), status: 200) }
            return stream(format.events(reply, model: model), pause: reply.pause(format))
        }
    }

    private func json(_ value: JSONValue, status: Int) -> Response {
        Response(
            status: .init(code: status), headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: value.jsonText)))
    }

    private func stream(_ events: [String], pause: (afterEvents: Int, seconds: Double)?) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                for (index, event) in events.enumerated() {
                    if let pause, index == pause.afterEvents {
                        try await Task.sleep(for: .milliseconds(Int64(pause.seconds * 1000)))
                    }
                    try await writer.write(ByteBuffer(string: event))
                }
                try await writer.finish(nil)
            })
    }
}

/// Thrown while writing a body to make the server close the connection.
struct ModelDoubleDrop: Error {}

extension ModelProviderDouble.Reply {
    /// For a stall: pause once the opening and text events are out.
    func pause(_ format: ModelDoubleFormat) -> (afterEvents: Int, seconds: Double)? {
        guard case .stall(_, let seconds) = self else { return nil }
        return (format == .openAI ? 2 : 3, seconds)
    }
}
