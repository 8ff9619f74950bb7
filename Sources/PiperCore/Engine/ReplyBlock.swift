/// Structured content of a reply that surfaces render in their own way.
package enum ReplyBlock: Hashable, Sendable, Codable {
    /// A titled list, such as todos.
    case list(title: String?, items: [ListItem])
    /// A question with buttons, such as "Delete this todo?".
    case confirmation(prompt: String, options: [ReplyOption])
    /// Where the answer came from.
    case citations([String])
}

/// One entry of a list block.
package struct ListItem: Hashable, Sendable, Codable {
    /// The entry's main text.
    package var text: String
    /// A secondary line, such as a due time.
    package var detail: String?

    /// Creates an entry.
    package init(_ text: String, detail: String? = nil) {
        self.text = text
        self.detail = detail
    }
}

/// A button of a confirmation: what it says and the reply it sends.
package struct ReplyOption: Hashable, Sendable, Codable {
    /// How the button looks.
    package enum Style: String, Hashable, Sendable, Codable {
        case primary, danger, secondary
    }

    /// The button's label.
    package var label: String
    /// The text sent as the user's next turn when chosen.
    package var reply: String
    /// How the button looks.
    package var style: Style

    /// Creates an option.
    package init(label: String, reply: String, style: Style) {
        self.label = label
        self.reply = reply
        self.style = style
    }
}
