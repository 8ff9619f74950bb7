import Foundation

extension SlotExtractor {
    private static let notNames: Set<String> = [
        "i", "me", "my", "you", "piper", "we", "us", "him", "her", "them", "it", "the", "a", "an", "everyone",
        "team", "someone", "anyone", "myself", "done", "high", "low", "p1", "p0", "in", "this", "that", "for",
        "github", "jira", "linear", "slack", "notion", "today", "tomorrow", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "next", "qa", "ceo", "vp", "pm", "design", "engineering",
    ]
    private static let calendarActions: Set<String> = [
        "find_free_time", "get_agenda", "meeting_load", "recurring_meetings",
    ]
    private static let peopleListActions: Set<String> = [
        "list_issues", "list_prs", "list_branches", "shipped_query", "stale_prs",
    ]
    private static let documentActions: Set<String> = ["search_documents", "summarize_document", "ask_document"]
    private static let cues: [PersonCue] = [
        PersonCue(words: ["with"], actions: calendarActions, allowsLowercase: true),
        PersonCue(words: ["1:1", "with"], actions: nil, allowsLowercase: false),
        PersonCue(words: ["me", "and"], actions: nil, allowsLowercase: true),
        PersonCue(words: ["tell"], actions: nil, allowsLowercase: false),
        PersonCue(words: ["tag"], actions: nil, allowsLowercase: false),
        PersonCue(words: ["let"], actions: nil, allowsLowercase: false),
        PersonCue(words: ["by"], actions: peopleListActions, allowsLowercase: false),
        PersonCue(words: ["mention"], actions: nil, allowsLowercase: false),
        PersonCue(words: ["note", "to"], actions: nil, allowsLowercase: false),
        PersonCue(words: ["email", "to"], actions: nil, allowsLowercase: false),
        PersonCue(words: ["message", "to"], actions: nil, allowsLowercase: false),
        PersonCue(words: ["meeting"], actions: calendarActions, allowsLowercase: false),
        PersonCue(words: ["meet"], actions: calendarActions, allowsLowercase: true),
        PersonCue(words: ["from"], actions: documentActions, allowsLowercase: false),
    ]

    /// Words that introduce a person's name, the actions where they do, and whether the name may be lowercase.
    private struct PersonCue {
        let words: [String]
        let actions: Set<String>?
        let allowsLowercase: Bool
    }

    /// A named person: "assign #42 to Sam", "meeting with sofia", "Lena's PRs", "add Grace as assignee".
    func person(in text: SlotText, action: String) -> String? {
        if let name = assignee(in: text) { return name }
        for cue in Self.cues where cue.actions?.contains(action) ?? true {
            let allowsLowercase = cue.allowsLowercase
            var from = 0
            while let position = text.position(of: cue.words, from: from) {
                let candidate = position + cue.words.count
                if isName(at: candidate, in: text, requireCapital: !allowsLowercase) {
                    return name(at: candidate, in: text)
                }
                from = position + 1
            }
        }
        if let partner = text.position(of: ["and", "i"]), partner > 0,
            isName(at: partner - 1, in: text, requireCapital: true)
        {
            return text.surface(at: partner - 1)
        }
        if Self.possessiveActions.contains(action), let name = possessiveName(in: text) { return name }
        return Self.peopleListActions.contains(action) ? firstCapitalizedName(in: text) : nil
    }

    /// The first capitalised word after the first that is not a tool, a weekday or a pronoun.
    private func firstCapitalizedName(in text: SlotText) -> String? {
        let projectCues: Set<String> = ["for", "in", "on", "of", "to"]
        let position = text.words.indices.dropFirst().first {
            isName(at: $0, in: text, requireCapital: true) && !text.words[$0].folded.contains("'")
                && !projectCues.contains(text.words[$0 - 1].folded)
                && !text.surface(at: $0).dropFirst().contains(where: \.isUppercase)
        }
        return position.map { text.surface(at: $0) }
    }

    private static let possessiveActions: Set<String> = [
        "stale_prs", "list_prs", "shipped_query", "list_issues", "get_agenda", "find_free_time", "meeting_load",
        "recurring_meetings", "productivity_query", "list_branches", "update_issue", "search_documents",
    ]

    /// "assign #42 to raj", "add Alex as assignee".
    private func assignee(in text: SlotText) -> String? {
        if let verb = text.position(ofAny: ["assign", "reassign", "assigned", "assignee", "give"]),
            let to = text.position(ofAny: ["to"], from: verb + 1), isName(at: to + 1, in: text, requireCapital: false)
        {
            return name(at: to + 1, in: text)
        }
        if let add = text.position(ofAny: ["add"]), let assignee = text.position(of: ["as", "assignee"], from: add),
            assignee == add + 2, isName(at: add + 1, in: text, requireCapital: false)
        {
            return name(at: add + 1, in: text)
        }
        return nil
    }

    private func possessiveName(in text: SlotText) -> String? {
        for (position, word) in text.words.enumerated() where word.folded.hasSuffix("'s") && position > 0 {
            let stem = String(text.surface(at: position).dropLast(2))
            if stem.first?.isUppercase == true, !Self.notNames.contains(stem.lowercased()) { return stem }
        }
        return nil
    }

    private func isName(at position: Int, in text: SlotText, requireCapital: Bool) -> Bool {
        guard let word = text.folded(at: position), !Self.notNames.contains(word),
            word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" })
        else { return false }
        return !requireCapital || text.isCapitalized(at: position)
    }

    private func name(at position: Int, in text: SlotText) -> String {
        var surface = text.surface(at: position)
        if surface.hasSuffix("'s") { surface.removeLast(2) }
        let next = position + 1
        if !text.endsClause[position], text.isCapitalized(at: next), isName(at: next, in: text, requireCapital: true) {
            return surface + " " + text.surface(at: next)
        }
        return surface
    }
}
