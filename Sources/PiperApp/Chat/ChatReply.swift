import PiperCore

/// Piper's answer as a terminal shows it: text and structured blocks.
package struct ChatReply: Hashable, Sendable {
    /// What Piper said.
    package var text: String
    /// Lists, confirmations and citations.
    package var blocks: [ReplyBlock]

    /// Creates a reply.
    package init(text: String, blocks: [ReplyBlock]) {
        self.text = text
        self.blocks = blocks
    }

    /// The reply as plain terminal text: the message, then lists as bullets, confirmations as choices.
    package var rendered: String {
        ([text] + blockLines).joined(separator: "\n")
    }

    /// The lines the blocks add below the text.
    package var blockLines: [String] {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .list(let title, let items):
                if let title, !text.hasSuffix(":") || items.isEmpty { lines.append("\(title):") }
                lines += items.map { "  • \($0.text)" + ($0.detail.map { " — \($0)" } ?? "") }
            case .confirmation(let prompt, let options):
                if prompt != text { lines.append(prompt) }
                lines.append("  " + options.map { "[\($0.reply)] \($0.label)" }.joined(separator: "   "))
            case .citations(let citations):
                lines += citations.map { "  - \($0)" }
            }
        }
        return lines
    }
}
