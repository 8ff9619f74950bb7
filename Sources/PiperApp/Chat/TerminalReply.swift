import PiperCore

/// Shows one reply in a terminal while it is written: each piece as it arrives, then what the finished reply adds
/// (lists, choices); if the finished text differs from what was streamed, it is shown again in full.
package actor TerminalReply {
    private let prefix: String
    private let write: @Sendable (String) -> Void
    private var streamed = ""

    /// Creates a reply view that starts its output with `prefix` and hands every bit of output to `write`.
    package init(prefix: String = "", write: @escaping @Sendable (String) -> Void) {
        self.prefix = prefix
        self.write = write
    }

    /// Where the backend sends pieces of the reply.
    package nonisolated var stream: ReplyStream {
        ReplyStream { [self] text in await self.show(text) }
    }

    /// Prints a piece of the reply as it arrives.
    package func show(_ piece: String) {
        if streamed.isEmpty, !piece.isEmpty { write(prefix) }
        streamed += piece
        write(piece)
    }

    /// Prints the rest of the finished reply, ending the line.
    package func finish(_ reply: ChatReply) {
        if streamed.isEmpty {
            write(prefix + reply.rendered + "\n")
        } else if streamed == reply.text {
            write(reply.blockLines.map { "\n" + $0 }.joined() + "\n")
        } else {
            write("\n" + prefix + reply.rendered + "\n")
        }
        streamed = ""
    }

    /// Ends a line left open by pieces of a reply that then failed.
    package func interrupt() {
        if !streamed.isEmpty { write("\n") }
        streamed = ""
    }
}
