import Foundation

extension UtteranceTokenizer {
    private static let issueNouns: Set<String> = [
        "issue", "issues", "ticket", "tickets", "bug", "bugs", "pr", "prs", "request", "story", "card",
    ]
    private static let meridiems: Set<String> = ["am", "pm", "oclock"]
    private static let clockPrepositions: Set<String> = ["at", "@", "around", "til", "till", "until"]

    /// Reads numbers in context: "issue 42" is an issue, "9 am" and "at 9" are times.
    static func resolvingContext(of tokens: [UtteranceToken]) -> [UtteranceToken] {
        var resolved: [UtteranceToken] = []
        resolved.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let previous = resolved.last
            if token.kind == .number {
                if let next, next.kind == .word, meridiems.contains(next.surface) {
                    token = UtteranceToken(kind: .time, surface: token.surface + " " + next.surface)
                    index += 1
                } else if let previous, previous.kind == .word, issueNouns.contains(previous.surface) {
                    token.kind = .issueReference
                } else if let previous, previous.kind == .word, clockPrepositions.contains(previous.surface),
                    let hour = Int(token.surface), hour <= 24
                {
                    token.kind = .time
                }
            }
            resolved.append(token)
            index += 1
        }
        return resolved
    }
}
