import Foundation

/// Finds the project a person means by its name, tolerating case, typos and filler ("the Q2 pricing project").
enum ProjectMatcher {
    /// The result of matching.
    typealias Match = NameMatch<Project>

    static func match(_ name: String, in projects: [Project]) -> Match {
        let words = TextNormalization.words(name).filter { !fillerWords.contains($0) }
        guard !words.isEmpty else { return .none }
        let wanted = words.joined(separator: " ")
        if let exact = projects.first(where: { TextNormalization.words($0.name).joined(separator: " ") == wanted }) {
            return .one(exact)
        }
        return FuzzyWords.best(words, in: projects, text: \.name)
    }

    static let fillerWords: Set<String> = ["the", "my", "our", "project", "projects", "called", "named", "a", "an"]

    /// A project name as dictated, without quotes or a trailing "project".
    static func cleanName(_ text: String) -> String {
        let name = DictatedText.dropping(trailing: [" project"], from: DictatedText.trimmed(text))
        return DictatedText.dropping(leading: ["the ", "called ", "named "], from: name)
    }
}
