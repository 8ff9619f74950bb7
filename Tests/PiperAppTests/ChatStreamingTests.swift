import Foundation
import Hummingbird
import HummingbirdTesting
import PiperAuth
import PiperCore
import PiperServer
import PiperTestSupport
import Synchronization
import Testing

@testable import PiperApp

@Suite("piper chat and ask show replies as they are written")
struct ChatStreamingTests {
    /// A `list_todos` handler that writes its reply in three pieces, then records the whole of it.
    static let streaming: ActionHandler = { context in
        for piece in ["Here ", "are your ", "todos."] { await context.stream.send(piece) }
        return .reply(
            PiperCore.Reply("Here are your todos.", blocks: [.list(title: nil, items: [ListItem("#1 Call Sam")])]))
    }

    @Test("the local backend hands each piece to the stream in order and returns the recorded reply")
    func localPieces() async throws {
        try await EngineHarness.with(.sqlite) { harness in
            let backend = ChatBackend.local(
                engine: harness.engine, principal: harness.principal, target: "test",
                handlers: [.listTodos: Self.streaming])
            let pieces = Pieces()
            let reply = try await backend.send(harness.conversationID.description, "show my todos", pieces.stream)
            #expect(pieces.all == ["Here ", "are your ", "todos."])
            #expect(reply.text == "Here are your todos.")
        }
    }

    @Test("the remote backend reads the event stream live, piece by piece, then the recorded reply")
    func remotePieces() async throws {
        let (received, receiving) = AsyncStream.makeStream(of: String.self)
        let waiting: ActionHandler = { context in
            await context.stream.send("Here ")
            // The second piece is written only once the client has shown the first: the stream is live.
            for await piece in received where piece == "Here " { break }
            await context.stream.send("they are.")
            return .reply(
                PiperCore.Reply("Here they are.", blocks: [.list(title: nil, items: [ListItem("#1 Call Sam")])]))
        }
        try await LiveServer.withRemote([.listTodos: waiting]) { conversation, backend in
            let pieces = Pieces { receiving.yield($0) }
            let reply = try await backend.send(conversation, "show my todos", pieces.stream)
            #expect(pieces.all == ["Here ", "they are."])
            #expect(
                reply
                    == ChatReply(text: "Here they are.", blocks: [.list(title: nil, items: [ListItem("#1 Call Sam")])]))
        }
    }

    @Test("over the remote backend, a failure after the first piece is the server's error")
    func remoteFailure() async throws {
        struct Broken: Error {}
        let failing: ActionHandler = { context in
            await context.stream.send("Partial ")
            throw Broken()
        }
        try await LiveServer.withRemote([.listTodos: failing]) { conversation, backend in
            let pieces = Pieces()
            await #expect(throws: RemoteError.self) {
                _ = try await backend.send(conversation, "show my todos", pieces.stream)
            }
            #expect(pieces.all == ["Partial "])
        }
    }

    @Test("a client that goes away mid-answer leaves the turn to finish and be recorded")
    func disconnect() async throws {
        let (gone, going) = AsyncStream.makeStream(of: Void.self)
        let (recorded, recording) = AsyncStream.makeStream(of: Turn.self)
        let waiting: ActionHandler = { context in
            await context.stream.send("Here ")
            for await _ in gone { break }
            await context.stream.send("they are.")
            return .reply(PiperCore.Reply("Here they are."))
        }
        let onAppend: @Sendable (Turn) -> Void = { recording.yield($0) }
        try await LiveServer.withRemote([.listTodos: waiting], onAppend: onAppend) { conversation, backend in
            let (first, arriving) = AsyncStream.makeStream(of: Void.self)
            let sending = Task {
                try await backend.send(conversation, "show my todos", Pieces { _ in arriving.yield() }.stream)
            }
            for await _ in first { break }
            sending.cancel()
            let result = await sending.result
            #expect(throws: (any Error).self) { try result.get() }
            going.yield()
            var texts: [String] = []
            for await turn in recorded {
                texts.append(turn.text)
                if texts.count == 2 { break }
            }
            #expect(texts == ["show my todos", "Here they are."])
        }
    }

    @Test("the terminal shows the streamed text once, then what the blocks add")
    func printsOnce() async throws {
        let output = Output()
        let reply = TerminalReply(prefix: "piper> ", write: output.write)
        for piece in ["Here ", "are your ", "todos."] { await reply.show(piece) }
        await reply.finish(
            ChatReply(text: "Here are your todos.", blocks: [.list(title: nil, items: [ListItem("#1")])]))
        #expect(output.text == "piper> Here are your todos.\n  • #1\n")
    }

    @Test("a finished text that differs from the streamed one is shown in full on a new line")
    func printsReplacement() async throws {
        let output = Output()
        let reply = TerminalReply(prefix: "piper> ", write: output.write)
        await reply.show("Half an ans")
        await reply.finish(ChatReply(text: "Sorry, the model stopped; here is what I know.", blocks: []))
        #expect(output.text == "piper> Half an ans\npiper> Sorry, the model stopped; here is what I know.\n")
    }

    @Test("a reply that was never streamed is printed as before")
    func printsWhole() async throws {
        let output = Output()
        let reply = TerminalReply(write: output.write)
        await reply.finish(ChatReply(text: "Added todo #1.", blocks: []))
        #expect(output.text == "Added todo #1.\n")
    }

    @Test("the event reader puts events together across chunks and ignores comments")
    func reader() {
        var reader = ServerSentEventReader()
        #expect(reader.read(Array("event: delta\ndata: {\"text\":".utf8)).isEmpty)
        #expect(
            reader.read(Array("\"caf\u{e9}\"}\r\n\r\n: keep-alive\n\nda".utf8)) == [
                .init(name: "delta", data: #"{"text":"café"}"#)
            ])
        #expect(reader.read(Array("ta: a\ndata: b\n\n".utf8)) == [.init(name: "message", data: "a\nb")])
    }
}

/// Pieces a backend sent, in order; `onPiece` sees each as it arrives.
private final class Pieces: Sendable {
    private let received = Mutex<[String]>([])
    private let onPiece: @Sendable (String) -> Void

    init(onPiece: @escaping @Sendable (String) -> Void = { _ in }) {
        self.onPiece = onPiece
    }

    var stream: ReplyStream {
        ReplyStream { piece in
            self.received.withLock { $0.append(piece) }
            self.onPiece(piece)
        }
    }

    var all: [String] { received.withLock { $0 } }
}

/// Everything a terminal reply wrote.
private final class Output: Sendable {
    private let written = Mutex("")

    var write: @Sendable (String) -> Void { { text in self.written.withLock { $0 += text } } }
    var text: String { written.withLock { $0 } }
}

/// The real router on a real port, with some handlers replaced; every request is the harness's user, and
/// `onAppend` sees each turn once it is stored.
private enum LiveServer {
    static func withRemote(
        _ handlers: [ActionName: ActionHandler], onAppend: @escaping @Sendable (Turn) -> Void = { _ in },
        _ body: @escaping @Sendable (_ conversation: String, ChatBackend) async throws -> Void
    ) async throws {
        try await EngineHarness.with(.sqlite) { harness in
            let authentication = Authentication(principal: harness.principal, credential: .local)
            var engine = harness.engine
            engine.conversations.appendTurns = { [append = engine.conversations.appendTurns] scope, drafts in
                let turns = try await append(scope, drafts)
                turns.forEach(onAppend)
                return turns
            }
            let router = buildRouter(
                ServerDependencies(
                    readinessChecks: [], version: "9.9.9",
                    chat: ChatDependencies(
                        engine: engine, pipeline: TurnPipeline(dependencies: engine, handlers: handlers),
                        identify: { _, _ in authentication })))
            try await Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
                .test(.live) { client in
                    let port = try #require(client.port)
                    try await ChatBackend.withRemote("http://127.0.0.1:\(port)") { backend in
                        try await body(harness.conversationID.description, backend)
                    }
                }
        }
    }
}
