/// One server-sent event: its `event:` name (if any) and its `data:` lines joined by newlines.
///
/// - SeeAlso: https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
package struct ServerSentEvent: Hashable, Sendable {
    /// The event's type, or `nil` for the default `message`.
    package var event: String?
    /// The data.
    package var data: String

    /// Creates an event.
    package init(event: String? = nil, data: String) {
        self.event = event
        self.data = data
    }
}

/// Turns a byte stream into server-sent events, however the bytes are split across chunks.
package struct ServerSentEventParser: Sendable {
    private var pending: [UInt8] = []
    private var sawCarriageReturn = false
    private var event: String?
    private var dataLines: [String] = []

    /// Creates a parser with nothing buffered.
    package init() {}

    /// Consumes `bytes` and returns the events they complete.
    package mutating func consume(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n"), sawCarriageReturn {
                sawCarriageReturn = false
                continue
            }
            sawCarriageReturn = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if let completed = endLine() { events.append(completed) }
            } else {
                pending.append(byte)
            }
        }
        return events
    }

    /// Dispatches what is left when the stream ends without a final blank line.
    package mutating func finish() -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if !pending.isEmpty, let completed = endLine() { events.append(completed) }
        if let completed = endLine() { events.append(completed) }
        return events
    }

    private mutating func endLine() -> ServerSentEvent? {
        let line = String(decoding: pending, as: UTF8.self)
        pending.removeAll(keepingCapacity: true)
        if line.isEmpty { return dispatch() }
        if line.hasPrefix(":") { return nil }
        let (field, value) = Self.split(line)
        switch field {
        case "data": dataLines.append(value)
        case "event": event = value
        default: break
        }
        return nil
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            event = nil
            dataLines = []
        }
        guard !dataLines.isEmpty else { return nil }
        return ServerSentEvent(event: event, data: dataLines.joined(separator: "\n"))
    }

    private static func split(_ line: String) -> (field: String, value: String) {
        guard let colon = line.firstIndex(of: ":") else { return (line, "") }
        var value = line[line.index(after: colon)...]
        if value.first == " " { value = value.dropFirst() }
        return (String(line[..<colon]), String(value))
    }
}
