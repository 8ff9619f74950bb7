import Foundation

/// Finds what a strategy request is about: "help me explain why we're building offline mode" → "offline mode".
enum FloorTopic {
    private static let leads = [
        "why we're building ", "why we are building ", "why we're doing ", "why we are doing ", "why we need ",
        "why we should ", "why ", "mvp for ", "mvp of ", "roadmap for ", "update for ", "update on ", "scope ",
        " for the ", " for ", " about ", " on ",
    ]

    /// The topic: a project the message names, else the words after a lead phrase, without trailing punctuation.
    static func topic(in text: String, projects: [String]) -> String? {
        let lowered = text.lowercased()
        if let project = projects.first(where: { lowered.contains($0.lowercased()) }) { return project }
        for lead in leads {
            guard let range = lowered.range(of: lead) else { continue }
            let rest = text[range.upperBound...].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            let words = rest.split(separator: " ").prefix(8).joined(separator: " ")
            if !words.isEmpty { return words }
        }
        return nil
    }
}
