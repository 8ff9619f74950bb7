import Foundation

extension SlotExtractor {
    private static let issueNouns: Set<String> = [
        "issue", "ticket", "bug", "pr", "story", "card", "task", "request", "number", "no", "no.",
    ]
    private static let todoActions: Set<String> = [
        "create_todo", "list_todos", "next_todo", "complete_todo", "delete_todo",
    ]

    /// "#42", "issue 42", "ticket #42", "PROJ-42"; never on todo actions, where "#2" names a todo.
    func issueNumber(in text: SlotText, action: String) -> Int? {
        guard !Self.todoActions.contains(action) else { return nil }
        for (position, word) in text.words.enumerated() {
            if let number = Self.hashNumber(word.folded) { return number }
            if UtteranceTokenizer.isTrackerKey(word.folded), let digits = word.folded.split(separator: "-").last {
                return Int(digits)
            }
            if Self.issueNouns.contains(word.folded), let next = text.folded(at: position + 1),
                let number = Self.hashNumber(next) ?? Self.plainNumber(next)
            {
                return number
            }
        }
        return nil
    }

    /// The number in "42", "#42" or a tracker key such as "PROJ-42"; `nil` for anything else.
    package static func issueNumber(inReference reference: String) -> Int? {
        let folded = reference.lowercased()
        if let number = hashNumber(folded) ?? plainNumber(folded) { return number }
        guard UtteranceTokenizer.isTrackerKey(folded), let digits = folded.split(separator: "-").last else {
            return nil
        }
        return Int(digits)
    }

    static func hashNumber(_ word: String) -> Int? {
        guard word.hasPrefix("#"), UtteranceTokenizer.isDigits(word.dropFirst()) else { return nil }
        return Int(word.dropFirst())
    }

    static func plainNumber(_ word: String) -> Int? {
        UtteranceTokenizer.isDigits(word) ? Int(word) : nil
    }

    /// An `owner/name` repository, also inside a github.com link.
    func repository(in text: SlotText) -> String? {
        for (position, word) in text.words.enumerated() {
            let folded = word.folded
            if let range = folded.range(of: "github.com/") {
                let path = folded[range.upperBound...].split(separator: "/")
                if path.count >= 2 { return "\(path[0])/\(path[1])" }
            }
            if UtteranceTokenizer.isRepositoryPath(folded) { return text.surface(at: position) }
        }
        return nil
    }

    /// `github`, `jira` or `linear` when the message names one.
    func tracker(in text: SlotText) -> String? {
        for word in text.words {
            switch word.folded {
            case "github", "github's", "gh": return "github"
            case "jira", "jira's": return "jira"
            case "linear", "linear's": return "linear"
            default: continue
            }
        }
        return nil
    }
}
