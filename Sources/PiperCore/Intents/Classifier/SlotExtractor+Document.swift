import Foundation

extension SlotExtractor {
    private static let documentNouns: Set<String> = [
        "doc", "docs", "document", "documents", "file", "files", "notion", "drive", "wiki", "confluence",
    ]
    private static let topicCues: Set<String> = [
        "about", "for", "on", "mentioning", "regarding", "with", "tagged", "covering", "re", "containing",
    ]
    private static let documentVerbs: Set<String> = [
        "find", "locate", "summarize", "summarise", "tldr", "tl;dr", "check", "open", "read", "of", "in", "does",
        "pull", "get", "where's", "wheres", "is", "skim", "scan", "recap", "digest", "condense", "from",
        "according", "what's", "whats", "up", "down", "for", "put",
    ]
    private static let documentStops: Set<String> = [
        "say", "says", "said", "mention", "mentions", "include", "includes", "define", "defines", "and", "i", "we",
        "you", "that", "somewhere", "to", "into", "cover", "covers", "talk", "list", "state", "have", "has",
        "tell", "explain", "describe", "recommend", "please", "pls", "in", "uploaded", "wrote", "shared",
    ]

    /// The document a documents action names: "the Q3 roadmap doc", "docs about pricing", "the PRD".
    func document(in text: SlotText, action: String) -> String? {
        guard ["search_documents", "summarize_document", "ask_document"].contains(action) else { return nil }
        if let quoted = text.quoted { return quoted }
        if let topic = topicAfterDocumentNoun(in: text) { return topic }
        for position in text.words.indices where Self.documentVerbs.contains(text.words[position].folded) {
            if let range = documentPhrase(after: position, in: text) { return text.value(of: range) }
        }
        return nil
    }

    /// "search docs for churn", "is there a doc about refunds" → the words after the cue.
    private func topicAfterDocumentNoun(in text: SlotText) -> String? {
        guard let noun = text.position(ofAny: Self.documentNouns) else { return nil }
        var cue = noun + 1
        if ["talk", "talks", "mention", "mentions", "related", "has", "have", "that"].contains(
            text.folded(at: cue) ?? "")
        {
            if Self.topicCues.union(["to"]).contains(text.folded(at: cue + 1) ?? "") { cue += 1 }
            return text.phrase(from: cue + 1, stoppingAt: []).map(text.value(of:))
        }
        guard Self.topicCues.contains(text.folded(at: cue) ?? "") else { return nil }
        return text.phrase(from: cue + 1, stoppingAt: []).map(text.value(of:))
    }

    /// The noun phrase after a verb, without a leading determiner: "find the PRD for dark mode" → "PRD for dark mode".
    private func documentPhrase(after verb: Int, in text: SlotText) -> ClosedRange<Int>? {
        var start = verb + 1
        while ["me", "up", "to", "down", "for"].contains(text.folded(at: start) ?? "") { start += 1 }
        guard let phrase = text.phrase(from: start, stoppingAt: Self.documentStops),
            var range = text.droppingDeterminers(phrase)
        else { return nil }
        if let stop = (range.lowerBound...range.upperBound).first(where: { isForeignQualifier(at: $0, in: text) }) {
            guard stop > range.lowerBound else { return nil }
            range = range.lowerBound...(stop - 1)
        }
        guard !Self.documentNouns.contains(text.words[range.lowerBound].folded) || range.count > 1 else { return nil }
        return range
    }

    /// "for Orion", "from Fatima": a preposition before a capitalised name ends the document's name.
    private func isForeignQualifier(at position: Int, in text: SlotText) -> Bool {
        guard ["for", "from", "by"].contains(text.words[position].folded) else { return false }
        if ["me", "my", "us", "our"].contains(text.folded(at: position + 1) ?? "") { return true }
        let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        return text.isCapitalized(at: position + 1) && !weekdays.contains(text.folded(at: position + 1) ?? "")
    }
}
