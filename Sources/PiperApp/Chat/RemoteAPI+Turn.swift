import AsyncHTTPClient
import Foundation
import NIOCore
import PiperCore

extension RemoteAPI {
    /// Posts a turn asking for the event stream: pieces of the reply go to `stream` as they arrive, and the
    /// recorded reply is returned. A server answering with plain JSON is read as before.
    func send(_ text: String, to conversationID: String, stream: ReplyStream) async throws -> ChatReply {
        let payload = try JSONEncoder().encode(["text": text])
        var request = request(.POST, "/api/v1/conversations/\(conversationID)/turns", json: payload)
        request.headers.add(name: "Accept", value: "text/event-stream")
        let response = try await execute(request, timeout: .minutes(10))
        let contentType = response.headers.first(name: "Content-Type") ?? ""
        guard response.status == .ok, contentType.hasPrefix("text/event-stream") else {
            let body = try await Self.collect(response)
            guard response.status == .created else { throw RemoteError.from(status: response.status, body: body) }
            return try Self.reply(from: body)
        }
        return try await Self.read(response.body, stream: stream)
    }

    /// Reads the events to the end: deltas go to `stream`, `turns` is the reply, `error` is thrown.
    private static func read(_ body: HTTPClientResponse.Body, stream: ReplyStream) async throws -> ChatReply {
        var reader = ServerSentEventReader()
        var reply: ChatReply?
        for try await chunk in body {
            for event in reader.read(chunk.readableBytesView) {
                let data = Data(event.data.utf8)
                switch event.name {
                case "delta": await stream.send(try JSONDecoder().decode(WireDelta.self, from: data).text)
                case "turns": reply = try Self.reply(from: data)
                case "error": throw RemoteError.from(eventData: data)
                default: continue
                }
            }
        }
        guard let reply else { throw RemoteError.malformedReply }
        return reply
    }

    private static func reply(from body: Data) throws -> ChatReply {
        let turns = try JSONDecoder().decode(WireTurnList.self, from: body).turns
        guard let reply = turns.last(where: { $0.role == "piper" }) else { throw RemoteError.malformedReply }
        return ChatReply(text: reply.text, blocks: reply.blocks.compactMap(\.replyBlock))
    }
}
