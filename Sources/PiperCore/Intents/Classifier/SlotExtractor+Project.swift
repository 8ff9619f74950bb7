import Foundation

extension SlotExtractor {
    private static let namingCues: Set<String> = ["called", "named", "titled", "name"]
    private static let projectVerbs: Set<String> = [
        "archive", "unarchive", "restore", "delete", "remove", "shelve", "scrap", "revive", "reactivate",
        "dearchive", "un-archive", "trash", "kill", "drop", "recover", "resurrect", "mothball", "park", "retire",
        "destroy", "nuke", "create", "start", "add", "track", "rachive", "archve", "unarchve",
    ]
    private static let projectActions: Set<String> = [
        "add_project", "archive_project", "restore_project", "delete_project",
    ]
    private static let objectStops: Set<String> = [
        "for", "to", "into", "in", "from", "because", "and", "as", "it", "now", "please", "entirely", "permanently",
        "project", "projects", "milestone", "back", "since", "with", "is", "was", "too", "again", "out", "off",
        "on", "so", "but", "we", "i", "then", "already", "forever", "completely",
    ]
    private static let prepositions: Set<String> = ["on", "for", "of", "about", "behind", "with", "in", "to", "into"]
    private static let prepositionStops: Set<String> = [
        "for", "to", "from", "because", "and", "as", "is", "are", "was", "will", "so", "but", "with", "this", "next",
        "last", "by", "before", "after", "that", "since", "project", "milestone", "roadmap", "in", "pls",
        "please", "roughly", "i", "we", "actually", "going", "look", "looks",
    ]
    private static let notProjects: Set<String> = [
        "i", "piper", "hi", "hey", "hello", "github", "jira", "linear", "slack", "notion", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "ceo", "cto", "vp", "pm", "qa",
        "okay", "ok", "please", "can", "could", "what", "what's", "how", "how's", "is", "are", "which", "where",
        "where's", "when", "why", "who", "show", "list", "give", "tell", "help", "draft", "write", "the", "any",
        "pr", "prs", "mvp", "todo", "todos", "tl;dr", "tldr", "add", "new", "my", "so", "yes", "no", "do",
    ]

    /// The project a message names: "project called X", "the X project", the object of "archive X",
    /// a phrase after "on"/"for"/"of", or failing those a capitalised name. A name written in quotes keeps them.
    func project(in text: SlotText, action: String, slots: Slots) -> String? {
        let candidate =
            calledProject(in: text) ?? projectBeforeNoun(in: text) ?? namedProject(in: text)
            ?? contextualProject(in: text, action: action, slots: slots)
        guard let candidate, !Self.pronouns.contains(candidate.lowercased()), candidate != slots.person,
            candidate != slots.document, candidate != slots.repo, !(slots.text?.contains(candidate) ?? false),
            !(slots.todoRef?.contains(candidate) ?? false)
        else { return nil }
        let quoted = "\"" + candidate + "\""
        return text.original.contains(quoted) ? quoted : candidate
    }

    private static let pronouns: Set<String> = ["me", "us", "it", "that", "this", "them", "all", "everything"]

    private func contextualProject(in text: SlotText, action: String, slots: Slots) -> String? {
        if Self.projectActions.contains(action) {
            return leadingSubject(in: text) ?? objectOfVerb(in: text) ?? capitalizedName(in: text, excluding: slots)
        }
        if Self.prepositionActions.contains(action) {
            return text.quoted ?? prepositionObject(in: text, excluding: slots) ?? subjectOfStatusQuestion(in: text)
                ?? capitalizedName(in: text, excluding: slots) ?? shortStatusProject(in: text)
        }
        guard Self.scopedListActions.contains(action) else { return nil }
        return capitalizedName(in: text, excluding: slots)
    }

    private static let prepositionActions: Set<String> = [
        "get_project_status", "analyze_blockers", "analyze_risks", "articulate_why", "scope_mvp", "shape_roadmap",
        "write_stakeholder_update",
    ]
    private static let scopedListActions: Set<String> = [
        "list_todos", "next_todo", "list_issues", "list_milestones", "shipped_query", "changes_since", "list_prs",
        "get_memory", "forget", "standup", "get_top_priority", "attention_query", "list_releases", "stale_prs",
    ]

    /// "a project called Helix", "a new initiative named Zephyr".
    private func calledProject(in text: SlotText) -> String? {
        guard let cue = text.position(ofAny: Self.namingCues), cue > 0,
            let phrase = text.phrase(from: cue + 1, stoppingAt: Self.objectStops)
        else { return nil }
        return text.value(of: phrase)
    }

    /// "new project: Quill", "project Atlas", "Project Phoenix", "a project for Onyx".
    private func namedProject(in text: SlotText) -> String? {
        guard let noun = text.position(ofAny: ["project", "proj"]) else { return nil }
        if text.isCapitalized(at: noun), text.isCapitalized(at: noun + 1), !text.endsClause[noun] {
            return text.value(of: noun...(noun + 1))
        }
        var start = noun + 1
        if text.folded(at: start) == "for" || (start == noun + 1 && text.isColonOrDash(after: noun)) {
            start += text.folded(at: start) == "for" ? 1 : 0
        } else if !text.isCapitalized(at: start) {
            return nil
        }
        guard let phrase = text.phrase(from: start, stoppingAt: Self.objectStops) else { return nil }
        return text.value(of: phrase)
    }

    /// "Orion is finished, archive it": a capitalised name that opens the message as its subject.
    private func leadingSubject(in text: SlotText) -> String? {
        guard text.isCapitalized(at: 0), !Self.notProjects.contains(text.words[0].folded) else { return nil }
        var end = 0
        while end + 1 < text.count, !text.endsClause[end], isNamePart(at: end + 1, in: text) { end += 1 }
        guard ["is", "was", "has", "got", "are"].contains(text.folded(at: end + 1) ?? "") else { return nil }
        return text.value(of: 0...end)
    }

    /// "atlas status?", "status phoenix": a status request of one or two other words.
    private func shortStatusProject(in text: SlotText) -> String? {
        let filler: Set<String> = [
            "status", "update", "progress", "on", "pls", "please", "what's", "how's", "whats", "hows", "of", "the",
        ]
        let rest = text.words.indices.filter { !filler.contains(text.words[$0].folded) }
        guard let first = rest.first, let last = rest.last, rest.count <= 2, text.count <= 4 else { return nil }
        return text.value(of: first...last)
    }

    /// Whether a word continues a capitalised name: capitalised itself, or a version such as "v2" or "2.0".
    private func isNamePart(at position: Int, in text: SlotText) -> Bool {
        guard let word = text.folded(at: position) else { return false }
        let isVersion =
            word.first.map { $0 == "v" || $0.isNumber } ?? false
            && word.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
        return text.isCapitalized(at: position) || isVersion
    }

    /// "the Payments project", "the beta milestone", "catalyst project".
    private func projectBeforeNoun(in text: SlotText) -> String? {
        guard let noun = text.position(ofAny: ["project", "milestone", "initiative", "workstream"]), noun > 0 else {
            return nil
        }
        var start = noun
        while start > 0, noun - start < 4, !text.endsClause[start - 1],
            !Self.isBoundaryBeforeProject(text.words[start - 1].folded)
        {
            start -= 1
        }
        while start < noun,
            ["old", "active", "archived", "current", "whole", "entire"].contains(text.words[start].folded)
        {
            start += 1
        }
        return start < noun ? text.value(of: start...(noun - 1)) : nil
    }

    private static func isBoundaryBeforeProject(_ word: String) -> Bool {
        SlotText.determiners.contains(word) || prepositions.contains(word) || projectVerbs.contains(word)
            || ["is", "are", "how", "how's", "what's", "whats", "status", "new", "a", "whole"].contains(word)
    }

    /// The object of a portfolio verb: "archive Titan for now", "restore aurora".
    private func objectOfVerb(in text: SlotText) -> String? {
        guard let verb = text.position(ofAny: Self.projectVerbs) else { return nil }
        var start = verb + 1
        let skipped: Set<String> = [
            "back", "up", "a", "new", "project", "called", "named", "the", "tracking", "working",
        ]
        while skipped.contains(text.folded(at: start) ?? "") {
            start += 1
        }
        guard let phrase = text.phrase(from: start, stoppingAt: Self.objectStops) else { return nil }
        return text.value(of: phrase)
    }

    private static let audienceWords: Set<String> = [
        "vp", "ceo", "cto", "cfo", "team", "leadership", "execs", "exec", "executives", "board", "manager", "boss",
        "finance", "sales", "marketing", "investors", "customers", "stakeholders", "committee", "staff", "my",
        "me", "us", "a", "an", "two", "three", "everyone", "support", "engineering", "design", "risks",
    ]
    private static let genericTails: Set<String> = ["work", "plan", "launch", "effort", "backlog", "pls", "please"]
    private static let verbCues: Set<String> = [
        "derail", "blocking", "block", "up", "down", "back", "ship", "shipping",
    ]

    /// The last phrase after "on", "of", "about", "with", "behind", "for" or a blocking verb that is not an
    /// audience: "the latest on the SSO rollout", "update for the CEO on alpha", "derail the checkout revamp".
    private func prepositionObject(in text: SlotText, excluding slots: Slots) -> String? {
        let cues = Set(["on", "for", "of", "about", "behind", "with"]).union(Self.verbCues)
        for position in text.words.indices.reversed() where cues.contains(text.words[position].folded) {
            guard var phrase = text.phrase(from: position + 1, stoppingAt: Self.prepositionStops),
                !phrase.contains(where: { Self.audienceWords.contains(text.words[$0].folded) }),
                !["where", "how", "what", "why"].contains(text.words[phrase.lowerBound].folded)
            else { continue }
            if Self.verbCues.contains(text.words[position].folded), let trimmed = text.droppingDeterminers(phrase) {
                phrase = trimmed
            }
            guard let kept = text.droppingTrailing(Self.genericTails, from: phrase) else { continue }
            let value = text.value(of: kept)
            if ["me", "it", "this", "that", "track", "schedule", "time"].contains(value.lowercased()) { continue }
            if value == slots.person || Self.notProjects.contains(value.lowercased()) { continue }
            return value
        }
        return nil
    }

    /// "is Sparrow on track", "how's data export coming along", "how is onboarding going".
    private func subjectOfStatusQuestion(in text: SlotText) -> String? {
        guard let verb = text.position(ofAny: ["is", "how's", "hows", "are", "does", "has", "hasn't", "will"]) else {
            return nil
        }
        let stops: Set<String> = [
            "on", "going", "coming", "doing", "progressing", "looking", "behind", "ahead", "blocked", "stand",
            "at", "shipped", "done", "finished", "ready", "make", "matter", "still", "going", "in",
        ]
        guard let phrase = text.phrase(from: verb + 1, stoppingAt: stops),
            !["we", "it", "there", "this", "that", "anything"].contains(text.words[phrase.lowerBound].folded)
        else { return nil }
        return text.value(of: phrase)
    }

    /// The first run of capitalised words that is not the sentence start, a weekday, a tool or a person.
    private func capitalizedName(in text: SlotText, excluding slots: Slots) -> String? {
        var position = 1
        while position < text.count {
            guard text.isCapitalized(at: position), !Self.notProjects.contains(text.words[position].folded) else {
                position += 1
                continue
            }
            var end = position
            while end + 1 < text.count, !text.endsClause[end], isNamePart(at: end + 1, in: text) { end += 1 }
            let value = text.value(of: position...end)
            if !value.contains("'"), value != slots.person, !(slots.person?.hasPrefix(value) ?? false),
                !value.hasSuffix("'s")
            {
                return value
            }
            position = end + 1
        }
        return nil
    }
}
