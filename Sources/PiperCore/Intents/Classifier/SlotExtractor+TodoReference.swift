import Foundation

extension SlotExtractor {
    private static let ordinals: [String: String] = [
        "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
        "eighth": "8", "ninth": "9", "tenth": "10", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4", "5th": "5",
    ]
    private static let todoNouns: Set<String> = ["todo", "todos", "to-do", "task", "item", "one", "number", "no"]
    private static let referenceCues: Set<String> = ["about", "for", "to", "called", "named", "titled", "on"]
    private static let referenceVerbs: Set<String> = [
        "mark", "finished", "finish", "completed", "complete", "done", "check", "cross", "tick", "delete", "remove",
        "drop", "scrap", "trash", "kill", "erase", "toss", "strike", "wipe", "cancel", "did", "wrapped", "consider",
        "set", "take", "ticked", "sent", "done:", "resolved",
    ]
    private static let referenceStops: Set<String> = [
        "as", "is", "done", "complete", "completed", "finished", "off", "from", "todo", "task", "item", "to-do",
        "it", "please", "now", "because", "and", "we", "isn't", "was", "to", "so", "mark", "could", "can", "you",
    ]
    private static let pronouns: Set<String> = ["it", "that", "this", "one", "them", "all", "everything", "last"]

    /// Which todo a complete or delete message means: a position ("2") or the words that describe it.
    func todoReference(in text: SlotText, action: String) -> String? {
        guard action == "complete_todo" || action == "delete_todo" else { return nil }
        if let number = numberedReference(in: text) { return number }
        if let range = describedReference(in: text) ?? objectReference(in: text) {
            let value = text.value(of: range)
            return Self.pronouns.contains(value.lowercased()) ? nil : value
        }
        return nil
    }

    /// "todo 2", "#2", "number 3", "the second one".
    private func numberedReference(in text: SlotText) -> String? {
        for (position, word) in text.words.enumerated() {
            if let number = Self.hashNumber(word.folded) { return String(number) }
            if let ordinal = Self.ordinals[word.folded], Self.todoNouns.contains(text.folded(at: position + 1) ?? "") {
                return ordinal
            }
            if UtteranceTokenizer.isDigits(word.folded), word.folded.count <= 3 { return word.folded }
        }
        return nil
    }

    /// "the roadmap todo", "the todo about renaming things", "the offsite one".
    private func describedReference(in text: SlotText) -> ClosedRange<Int>? {
        guard let noun = text.position(ofAny: ["todo", "to-do", "task", "item", "one"]) else { return nil }
        if let cue = text.folded(at: noun + 1), Self.referenceCues.contains(cue),
            let range = text.phrase(from: noun + 2, stoppingAt: Self.referenceStops)
        {
            return range
        }
        var start = noun
        while start > 0, !Self.isBoundaryBeforeReference(text.words[start - 1].folded), !text.endsClause[start - 1] {
            start -= 1
        }
        return start < noun ? start...(noun - 1) : nil
    }

    private static func isBoundaryBeforeReference(_ word: String) -> Bool {
        SlotText.determiners.contains(word) || referenceVerbs.contains(word) || ["with", "about", "off"].contains(word)
    }

    /// "mark X as done", "check off X", "remove X from my list", "X is done".
    private func objectReference(in text: SlotText) -> ClosedRange<Int>? {
        if let range = text.textAfterBreak(), let phrase = text.phrase(from: range.lowerBound, stoppingAt: []) {
            return phrase
        }
        if let verb = text.position(ofAny: Self.referenceVerbs) {
            var start = verb + 1
            while ["off", "with", "w/", "up", "all"].contains(text.folded(at: start) ?? "") { start += 1 }
            if let range = text.phrase(from: start, stoppingAt: Self.referenceStops) { return range }
        }
        guard let isDone = text.position(of: ["is", "done"]) ?? text.position(ofAny: ["done"]), isDone > 0 else {
            return nil
        }
        return text.droppingDeterminers(0...(isDone - 1))
    }
}
