/// Resolves "it", "that todo", "the last one" against the session ledger, before classification.
package enum ReferenceResolver {
    /// The resolution of one message.
    package struct Resolution: Hashable, Sendable {
        /// The message with the pronoun replaced by its kind ("mark it done" → "mark the todo done"),
        /// so the classifier sees what is meant.
        package var text: String
        /// What the pronoun pointed at, if anything.
        package var reference: Reference?
    }

    /// Resolves the first anaphoric phrase in `text` to the most recent matching ledger subject
    /// (entries newest first). Text without such a phrase comes back unchanged.
    package static func resolve(_ text: String, ledger: [LedgerEntry]) -> Resolution {
        let words = TextNormalization.words(text)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : nil
            if let kind = next.flatMap(kindNamed), ["that", "this", "the"].contains(word),
                isDemonstrative(word: word, following: index + 2 < words.count ? words[index + 2] : nil),
                let entry = latest(of: kind, in: ledger)
            {
                return Resolution(text: text, reference: reference(from: entry))
            }
            if pronouns.contains(word), index > 0, actingVerbs.contains(words[index - 1]),
                let entry = ledger.first(where: { isReferable($0) })
            {
                var rewritten = words
                rewritten[index] = "the \(entry.subjectKind.rawValue)"
                return Resolution(text: rewritten.joined(separator: " "), reference: reference(from: entry))
            }
        }
        return Resolution(text: text, reference: nil)
    }

    private static let pronouns: Set<String> = ["it", "that", "this"]
    /// Verbs after which "it"/"that" names a thing Piper handled ("delete it", "mark that done"),
    /// unlike "why did you suggest that".
    private static let actingVerbs: Set<String> = [
        "delete", "remove", "complete", "finish", "finished", "mark", "archive", "restore", "unarchive", "scrap",
        "drop", "cancel", "tick", "check", "close", "did", "done", "rename", "bin", "trash", "kill",
    ]

    /// "the todo" alone refers back only when nothing names it ("the todo about X" does not).
    private static func isDemonstrative(word: String, following: String?) -> Bool {
        word != "the" || following == nil || ["as", "done", "complete", "completed", "off"].contains(following ?? "")
    }

    private static func kindNamed(_ word: String) -> LedgerEntry.SubjectKind? {
        switch word {
        case "todo", "task", "item": .todo
        case "project": .project
        case "reminder": .reminder
        default: nil
        }
    }

    private static func isReferable(_ entry: LedgerEntry) -> Bool {
        entry.event != .deleted && [.todo, .project, .reminder].contains(entry.subjectKind)
    }

    private static func latest(of kind: LedgerEntry.SubjectKind, in ledger: [LedgerEntry]) -> LedgerEntry? {
        ledger.first { $0.subjectKind == kind && $0.event != .deleted }
    }

    private static func reference(from entry: LedgerEntry) -> Reference {
        Reference(kind: entry.subjectKind, subjectID: entry.subjectID, label: entry.label)
    }
}
