/// Finds which of the user's projects a message names, for requests whose extractor missed the name
/// ("link acme/web to atlas").
enum ProjectMention {
    /// The project whose whole name appears in the text; the longest name wins.
    static func find(in text: String, among projects: [Project]) -> Project? {
        let words = Set(TextNormalization.words(text))
        return
            projects
            .filter { project in
                let name = TextNormalization.words(project.name).filter { !ProjectMatcher.fillerWords.contains($0) }
                return !name.isEmpty && name.allSatisfy(words.contains)
            }
            .max { $0.name.count < $1.name.count }
    }
}
