import Foundation

/// Finds the project a person means by its name, tolerating case, typos and filler ("the Q2 pricing project").
enum ProjectMatcher {
    enum Match: Equatable {
        case one(Project)
        case several([Project])
        case none
    }

    static func match(_ name: String, in projects: [Project]) -> Match {
        let words = TextNormalization.words(name).filter { !fillerWords.contains($0) }
        guard !words.isEmpty else { return .none }
        let wanted = words.joined(separator: " ")
        if let exact = projects.first(where: { TextNormalization.words($0.name).joined(separator: " ") == wanted }) {
            return .one(exact)
        }
        let scored = projects.map { ($0, FuzzyWords.score(query: words, candidate: $0.name)) }
        guard let best = scored.map(\.1).max(), best >= 0.5 else { return .none }
        let winners = scored.filter { $0.1 >= best - 0.001 }.map(\.0)
        return winners.count == 1 ? .one(winners[0]) : .several(winners)
    }

    static let fillerWords: Set<String> = ["the", "my", "our", "project", "projects", "called", "named", "a", "an"]

    /// A project name as dictated, without quotes or a trailing "project".
    static func cleanName(_ text: String) -> String {
        var name = text.trimmingCharacters(in: .whitespacesAndNewlines.union(["\"", "'", "“", "”", "."]))
        for suffix in [" project", " Project"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name = String(name.dropLast(suffix.count))
        }
        for prefix in ["the ", "The ", "called ", "named "] where name.hasPrefix(prefix) && name.count > prefix.count {
            name = String(name.dropFirst(prefix.count))
        }
        return name
    }
}
