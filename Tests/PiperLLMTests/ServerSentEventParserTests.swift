import PiperLLM
import Testing

@Suite("Server-sent event parser")
struct ServerSentEventParserTests {
    private func events(_ text: String, splitEvery size: Int = 1) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        let bytes = Array(text.utf8)
        var events: [ServerSentEvent] = []
        for start in stride(from: 0, to: bytes.count, by: size) {
            events += parser.consume(bytes[start..<min(start + size, bytes.count)])
        }
        return events + parser.finish()
    }

    @Test("multi-line data is joined with newlines and event names are kept")
    func multiLineData() {
        let parsed = events("event: update\ndata: first\ndata: second\n\ndata:third\n\n")
        #expect(parsed == [ServerSentEvent(event: "update", data: "first\nsecond"), ServerSentEvent(data: "third")])
    }

    @Test("comments, unknown fields and events without data are ignored")
    func commentsIgnored() {
        let parsed = events(": keep-alive\n\nid: 7\nretry: 100\n\nevent: ping\n\ndata: x\n\n")
        #expect(parsed == [ServerSentEvent(data: "x")])
    }

    @Test("CRLF and CR line endings work, even split between chunks")
    func lineEndings() {
        let text = "data: a\r\n\r\ndata: b\r\rdata: c\n\n"
        let expected = [ServerSentEvent(data: "a"), ServerSentEvent(data: "b"), ServerSentEvent(data: "c")]
        for size in [1, 2, 3, 100] { #expect(events(text, splitEvery: size) == expected) }
    }

    @Test("multi-byte characters split across chunks survive")
    func utf8Split() {
        #expect(events("data: café ☕️ — ok\n\n", splitEvery: 1) == [ServerSentEvent(data: "café ☕️ — ok")])
    }

    @Test("a final event without a trailing blank line is dispatched at the end")
    func unterminated() {
        #expect(events("data: [DONE]") == [ServerSentEvent(data: "[DONE]")])
        #expect(
            events("data: only one space is dropped:  x\n\n") == [
                ServerSentEvent(data: "only one space is dropped:  x")
            ])
    }
}
