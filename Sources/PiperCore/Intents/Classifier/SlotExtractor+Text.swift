import Foundation

extension SlotExtractor {
    private static let todoNouns: Set<String> = [
        "todo", "todos", "to-do", "to-dos", "task", "tasks", "item", "list", "plate", "checklist",
    ]
    private static let listTails: Set<String> = ["on", "to", "onto", "as", "in", "into"]
    private static let issueNouns: Set<String> = [
        "issue", "ticket", "bug", "story", "report", "request", "task", "card", "epic", "issues", "tickets",
    ]
    private static let issueCueRanks: [Set<String>] = [
        ["titled", "called", "named"], ["about", "regarding", "describing", "re"], ["that", "saying"], ["to"],
        ["for"],
    ]
    private static let commentCueRanks: [Set<String>] = [
        ["that"], ["saying", "says", "say", "reading"], ["know"], ["asking"], ["with"],
    ]
    private static let reminderCues: Set<String> = ["to", "about", "that"]
    private static let reminderVerbs: Set<String> = [
        "remind", "reminder", "nudge", "ping", "alert", "poke", "forget", "remindme", "rmind", "remnd",
    ]
    private static let duplicateStops: Set<String> = [
        "already", "somewhere", "yet", "anywhere", "tracked", "filed", "reported", "exist", "exists", "before",
    ]
    private static let reminderStops: Set<String> = ["if", "please", "pls", "so"]
    private static let duplicateCues: Set<String> = ["about", "for", "on", "regarding", "to", "like", "matching"]

    /// The title or body the message gives for actions that create or change text.
    func text(in text: SlotText, action: String, excluding taken: Set<Int>) -> String? {
        switch action {
        case "create_todo": todoText(in: text)
        case "create_reminder": reminderText(in: text, excluding: taken)
        case "create_issue": text.quoted ?? issueText(in: text)
        case "comment_issue": text.quoted ?? commentText(in: text)
        case "update_issue": text.quoted ?? text.textAfterBreak().map(text.value(of:)) ?? updateText(in: text)
        case "find_duplicates": duplicateText(in: text)
        default: nil
        }
    }

    private func todoText(in text: SlotText) -> String? {
        if let quoted = text.quoted { return quoted }
        if let range = text.textAfterBreak(),
            (0..<range.lowerBound).contains(where: { Self.isTodoCue(text.words[$0].folded) })
        {
            return text.value(of: trimmedTodoTail(range, in: text))
        }
        if let noun = text.position(ofAny: Self.todoNouns),
            let to = (noun + 1..<min(noun + 6, text.count)).first(where: { text.words[$0].folded == "to" }),
            !(noun..<to).contains(where: { text.endsClause[$0] }),
            let range = text.phrase(from: to + 1, stoppingAt: [])
        {
            return text.value(of: range)
        }
        if let need = text.position(of: ["need", "to"]) ?? text.position(of: ["remember", "to"])
            ?? text.position(of: ["should"]).map({ $0 - 1 }),
            let range = text.phrase(from: need + 2, stoppingAt: [])
        {
            return text.value(of: range)
        }
        return objectBeforeList(in: text) ?? afterCommand(in: text)
    }

    private static func isTodoCue(_ word: String) -> Bool {
        todoNouns.contains(word) || ["add", "new", "create", "make", "capture", "note", "self", "jot"].contains(word)
    }

    /// Drops lead-ins such as "I have to", "need to", "make sure I" from the start of a text value.
    private func droppingLeadIns(_ range: ClosedRange<Int>, in text: SlotText) -> ClosedRange<Int> {
        let leadIns: Set<String> = [
            "i", "have", "need", "remember", "to", "sure", "gotta", "got", "make", "should", "must",
        ]
        var lower = range.lowerBound
        while lower < range.upperBound, leadIns.contains(text.words[lower].folded) { lower += 1 }
        return lower...range.upperBound
    }

    /// "put X on my todo list", "add X to my todos", "add X as a to-do".
    private func objectBeforeList(in text: SlotText) -> String? {
        guard let verb = text.position(ofAny: ["put", "add", "stick", "throw", "jot", "capture", "track"]) else {
            return nil
        }
        var start = verb + 1
        if text.folded(at: start) == "down" { start += 1 }
        let tails = (start + 1..<text.count).filter { position in
            Self.listTails.contains(text.words[position].folded)
                && (position + 1..<min(position + 5, text.count)).contains {
                    Self.todoNouns.contains(text.words[$0].folded)
                }
        }
        guard let tail = tails.first else { return nil }
        return text.droppingDeterminers(start...(tail - 1)).map(text.value(of:))
    }

    /// The words after a leading command such as "add todo" or "new task".
    private func afterCommand(in text: SlotText) -> String? {
        guard let noun = text.position(ofAny: Self.todoNouns), noun + 1 < text.count else { return nil }
        var start = noun + 1
        if ["for", "called", "named", "item"].contains(text.folded(at: start) ?? "") { start += 1 }
        return text.phrase(from: start, stoppingAt: []).map(text.value(of:))
    }

    private func trimmedTodoTail(_ range: ClosedRange<Int>, in text: SlotText) -> ClosedRange<Int> {
        let clauseEnd = (range.lowerBound...range.upperBound).first { text.endsClause[$0] } ?? range.upperBound
        return range.lowerBound...clauseEnd
    }

    private func reminderText(in text: SlotText, excluding taken: Set<Int>) -> String? {
        let verb = text.position(ofAny: Self.reminderVerbs) ?? 0
        if let range = text.textAfterBreak(following: verb), !taken.contains(range.lowerBound),
            verb > 0 || text.count > 0,
            let phrase = text.phrase(from: range.lowerBound, stoppingAt: Self.reminderStops, excluding: taken)
        {
            return text.value(of: droppingLeadIns(phrase, in: text))
        }
        var cue = text.position(ofAny: Self.reminderCues, from: verb + 1)
        while let position = cue, taken.contains(position) {
            cue = text.position(ofAny: Self.reminderCues, from: position + 1)
        }
        if let cue, let phrase = text.phrase(from: cue + 1, stoppingAt: Self.reminderStops, excluding: taken) {
            return text.value(of: droppingLeadIns(phrase, in: text))
        }
        if verb > 0, let phrase = text.phrase(from: 0, stoppingAt: Self.reminderStops, excluding: taken) {
            return text.value(of: droppingLeadIns(phrase, in: text))
        }
        var start = verb + 1
        while start < text.count,
            taken.contains(start) || ["me", "a", "reminder", "set"].contains(text.words[start].folded)
        {
            start += 1
        }
        return text.phrase(from: start, stoppingAt: Self.reminderStops, excluding: taken).map(text.value(of:))
    }

    private func issueText(in text: SlotText) -> String? {
        if let range = text.textAfterBreak() { return text.value(of: range) }
        let noun = text.position(ofAny: Self.issueNouns) ?? 0
        for cues in Self.issueCueRanks {
            var cue = text.position(ofAny: cues, from: noun + 1)
            while let position = cue,
                Self.isReferenceWord(text.folded(at: position + 1))
                    || text.isCapitalized(at: position + 1) && text.folded(at: position + 2) == "to"
            {
                cue = text.position(ofAny: cues, from: position + 1)
            }
            if let cue, cue + 1 < text.count, let phrase = text.phrase(from: cue + 1, stoppingAt: []) {
                return text.value(of: phrase)
            }
        }
        guard noun > 0, noun + 1 < text.count, !Self.isReferenceWord(text.folded(at: noun + 1)),
            !["in", "on", "for", "to", "with"].contains(text.folded(at: noun + 1) ?? "")
        else { return nil }
        return text.phrase(from: noun + 1, stoppingAt: []).map(text.value(of:))
    }

    private static func isReferenceWord(_ word: String?) -> Bool {
        guard let word else { return false }
        return word.hasPrefix("#") || UtteranceTokenizer.isTrackerKey(word) || UtteranceTokenizer.isRepositoryPath(word)
            || ["jira", "github", "linear", "me"].contains(word)
    }

    private func commentText(in text: SlotText) -> String? {
        if let range = text.textAfterBreak() { return text.value(of: range) }
        for cues in Self.commentCueRanks {
            if let cue = text.position(ofAny: cues), cue + 1 < text.count {
                return text.value(of: (cue + 1)...(text.count - 1))
            }
        }
        return nil
    }

    /// "update the title of #92 to Search is slow", "update the description of #88 with steps to reproduce";
    /// nothing for reassignments and moves ("assign #17 to Sam", "move ENG-456 to in progress").
    private func updateText(in text: SlotText) -> String? {
        let textNouns: Set<String> = ["title", "description", "body", "summary", "name"]
        guard text.position(ofAny: textNouns) != nil || text.position(ofAny: ["retitle", "rename", "say"]) != nil,
            let cue = text.position(ofAny: ["say"], from: 1) ?? text.position(ofAny: ["to", "as", "with"], from: 1),
            cue + 1 < text.count
        else { return nil }
        return text.value(of: (cue + 1)...(text.count - 1))
    }

    private func duplicateText(in text: SlotText) -> String? {
        if let quoted = text.quoted { return quoted }
        if let range = text.textAfterBreak() { return text.value(of: range) }
        let cues = (1..<max(text.count, 1)).filter {
            Self.duplicateCues.contains(text.words[$0].folded) && $0 + 1 < text.count
                && !Self.isReferenceWord(text.folded(at: $0 + 1))
        }
        guard let cue = cues.last else { return nil }
        return text.phrase(from: cue + 1, stoppingAt: Self.duplicateStops).map(text.value(of:))
    }
}
