import Foundation

/// HTML escaping and message-text formatting shared by the web pages.
package enum WebHTML {
    /// Escapes text for use in HTML content and in quoted attribute values.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Percent-encodes one path segment, such as an ID in /c/{id}; the result still needs `escape`.
    package static func pathSegment(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// Renders plain message text as escaped HTML: paragraphs at blank lines, `<br>` at line breaks, and runs
    /// of lines starting with "- ", "* " or "• " as a bulleted list. app.js renders new turns the same way.
    package static func messageText(_ text: String) -> String {
        var html = ""
        var paragraph: [String] = []
        var bullets: [String] = []

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            html += "<p>" + paragraph.map(escape).joined(separator: "<br>") + "</p>"
            paragraph.removeAll()
        }
        func flushBullets() {
            guard !bullets.isEmpty else { return }
            html += "<ul>" + bullets.map { "<li>" + escape($0) + "</li>" }.joined() + "</ul>"
            bullets.removeAll()
        }

        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flushParagraph()
                flushBullets()
            } else if let item = bulletItem(trimmed) {
                flushParagraph()
                bullets.append(item)
            } else {
                flushBullets()
                paragraph.append(line)
            }
        }
        flushParagraph()
        flushBullets()
        return html
    }

    /// The text of a bullet line without its marker, or nil when the line is not a bullet.
    private static func bulletItem(_ line: String) -> String? {
        for marker in ["- ", "* ", "• "] where line.hasPrefix(marker) {
            return String(line.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
