import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperAuth
import PiperCore
import PiperServer
import PiperTestSupport
import Testing

@Suite("Streamed turns over server-sent events")
struct TurnStreamingTests {
    /// A `list_todos` handler that writes its reply in three pieces, then records the whole of it.
    static let streaming: ActionHandler = { context in
        for piece in ["Here ", "are your ", "todos."] { await context.stream.send(piece) }
        return .reply(
            PiperCore.Reply("Here are your todos.", blocks: [.list(title: "Todos", items: [ListItem("#1 Call Sam")])]))
    }

    struct Broken: Error {}

    @Test("pieces arrive as delta events in order, then the recorded turns, which are persisted")
    func streamsPieces() async throws {
        try await StreamingServer.with([.listTodos: Self.streaming]) { conversation, client in
            let response = try await client.postTurn(conversation, "show my todos", streaming: true)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(response.headers[.cacheControl] == "no-store")
            let events = try ServerSentEvent.parse(response.body)
            #expect(events.map(\.name) == ["delta", "delta", "delta", "turns"])
            #expect(
                try events.dropLast().map { try jsonObject($0.data)["text"] as? String } == [
                    "Here ", "are your ", "todos.",
                ])
            let turns = try #require(try jsonObject(events[3].data)["turns"] as? [[String: Any]])
            #expect(turns.map { $0["role"] as? String } == ["user", "piper"])
            #expect(turns[1]["text"] as? String == "Here are your todos.")
            let stored = try await client.call(.get, "/api/v1/conversations/\(conversation)/turns")
            let storedTurns = try #require(try jsonObject(stored.body)["turns"] as? [[String: Any]])
            #expect(NSArray(array: storedTurns).isEqual(to: turns))
        }
    }

    @Test("the turns event carries what the JSON answer carries for the same turn")
    func sameAsJSON() async throws {
        try await StreamingServer.with([.listTodos: Self.streaming]) { conversation, client in
            let plain = try await client.postTurn(conversation, "show my todos", streaming: false)
            #expect(plain.status == .created)
            #expect(plain.headers[.contentType]?.hasPrefix("application/json") == true)
            let streamed = try await client.postTurn(conversation, "show my todos", streaming: true)
            let event = try #require(try ServerSentEvent.parse(streamed.body).last)
            #expect(event.name == "turns")
            let comparable = { (body: String) throws -> [[String: Any]] in
                let turns = try #require(try jsonObject(body)["turns"] as? [[String: Any]])
                return turns.map { $0.filter { !["id", "sequence", "createdAt"].contains($0.key) } }
            }
            let expected = try comparable(plain.body)
            let actual = try comparable(event.data)
            #expect(NSArray(array: actual).isEqual(to: expected))
        }
    }

    @Test("a handler that never streams answers with the turns event alone")
    func ordinaryTurn() async throws {
        try await StreamingServer.with([:]) { conversation, client in
            let response = try await client.postTurn(
                conversation, "add a todo to review the Q3 roadmap", streaming: true)
            let events = try ServerSentEvent.parse(response.body)
            #expect(events.map(\.name) == ["turns"])
            let turns = try #require(try jsonObject(events[0].data)["turns"] as? [[String: Any]])
            #expect((turns.last?["text"] as? String)?.contains("Added todo #1") == true)
        }
    }

    @Test(
        "problems found before the stream starts are ordinary JSON errors",
        arguments: [
            ("00000000-0000-0000-0000-000000000000", #"{"text":"hi"}"#, 404),
            (nil, #"{"text":"   "}"#, 422),
            (nil, #"{"text":"#, 400),
        ] as [(String?, String, Int)])
    func rejectedBeforeStreaming(conversationID: String?, json: String, status: Int) async throws {
        try await StreamingServer.with([.listTodos: Self.streaming]) { conversation, client in
            let response = try await client.postTurn(conversationID ?? conversation, json: json, streaming: true)
            #expect(response.status.code == status)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let error = try #require(try jsonObject(response.body)["error"] as? [String: Any])
            #expect(error["status"] as? Int == status)
        }
    }

    @Test("a handler that fails before writing anything gets the JSON error response")
    func failsBeforeStreaming() async throws {
        try await StreamingServer.with([.listTodos: { _ in throw Broken() }]) { conversation, client in
            let response = try await client.postTurn(conversation, "show my todos", streaming: true)
            #expect(response.status == .internalServerError)
            #expect(try jsonObject(response.body)["error"] as? [String: Any] != nil)
        }
    }

    @Test("a failure after the stream started becomes an error event, and nothing is recorded")
    func failsMidStream() async throws {
        let failing: ActionHandler = { context in
            await context.stream.send("Partial ")
            throw Broken()
        }
        try await StreamingServer.with([.listTodos: failing]) { conversation, client in
            let response = try await client.postTurn(conversation, "show my todos", streaming: true)
            #expect(response.status == .ok)
            let events = try ServerSentEvent.parse(response.body)
            #expect(events.map(\.name) == ["delta", "error"])
            let error = try #require(try jsonObject(events[1].data)["error"] as? [String: Any])
            #expect(error["status"] as? Int == 500)
            #expect(error["code"] as? String == "internal_error")
            #expect((error["message"] as? String)?.isEmpty == false)
            #expect((error["requestID"] as? String)?.isEmpty == false)
            let stored = try await client.call(.get, "/api/v1/conversations/\(conversation)/turns")
            #expect((try jsonObject(stored.body)["turns"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("without the event-stream Accept header the answer is the JSON it always was")
    func jsonUnchanged() async throws {
        try await StreamingServer.with([.listTodos: Self.streaming]) { conversation, client in
            let response = try await client.postTurn(conversation, "show my todos", streaming: false)
            #expect(response.status == .created)
            let turns = try #require(try jsonObject(response.body)["turns"] as? [[String: Any]])
            #expect(turns.map { $0["text"] as? String } == ["show my todos", "Here are your todos."])
            #expect((turns[1]["blocks"] as? [[String: Any]])?.first?["type"] as? String == "list")
        }
    }
}

/// The real router over an engine whose handlers may be replaced; every request is the harness's user.
struct StreamingServer {
    static func with(
        _ handlers: [ActionName: ActionHandler],
        _ body: @escaping @Sendable (_ conversation: String, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await EngineHarness.with(.sqlite) { harness in
            let authentication = Authentication(principal: harness.principal, credential: .local)
            let router = buildRouter(
                ServerDependencies(
                    readinessChecks: [], version: "9.9.9",
                    chat: ChatDependencies(
                        engine: harness.engine,
                        pipeline: TurnPipeline(dependencies: harness.engine, handlers: handlers),
                        identify: { _, _ in authentication })))
            try await Application(router: router).test(.router) { client in
                try await body(harness.conversationID.description, client)
            }
        }
    }
}

/// One parsed server-sent event.
struct ServerSentEvent {
    var name: String
    var data: String

    /// Splits a whole event-stream body into its events.
    static func parse(_ body: String) throws -> [ServerSentEvent] {
        try body.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { block in
            var name = "message"
            var data: [String] = []
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
            }
            try #require(!data.isEmpty, "an event without data: \(block)")
            return ServerSentEvent(name: name, data: data.joined(separator: "\n"))
        }
    }
}

extension TestClientProtocol {
    /// Posts a turn, asking for the event stream or not; returns status, headers and body.
    func postTurn(
        _ conversation: String, _ text: String = "", json: String? = nil, streaming: Bool
    ) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        var headers: HTTPFields = [.contentType: "application/json"]
        if streaming { headers[.accept] = "text/event-stream" }
        let payload = try json ?? String(decoding: JSONEncoder().encode(["text": text]), as: UTF8.self)
        return try await execute(
            uri: "/api/v1/conversations/\(conversation)/turns", method: .post, headers: headers,
            body: ByteBuffer(string: payload)
        ) { response in (response.status, response.headers, String(buffer: response.body)) }
    }
}
