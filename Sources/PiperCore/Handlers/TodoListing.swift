import Foundation

/// Shared wording for todo answers.
enum TodoListing {
    static func item(_ todo: Todo) -> ListItem {
        ListItem("#\(todo.number) \(todo.title)", detail: todo.status == .done ? "done" : nil)
    }

    static func askWhich(_ candidates: [Todo], verb: String, context: HandlerContext) -> HandlerOutcome {
        var pinned = context.slots
        pinned.todoRef = nil
        let names = candidates.map { "#\($0.number) “\($0.title)”" }.joined(separator: ", ")
        return .ask(
            slot: .todoRef, question: "Which one should I \(verb)? \(names) — give me the number.", pinned: pinned)
    }

    static func notFound(_ reference: String, open: [Todo]) -> HandlerOutcome {
        let shown = reference.isEmpty ? "that" : "“\(reference)”"
        let text =
            open.isEmpty
            ? "I couldn't find a todo matching \(shown), and you have no open todos."
            : "I couldn't find a todo matching \(shown). Your open todos are:"
        return .reply(
            Reply(
                text, blocks: open.isEmpty ? [] : [.list(title: "Todos", items: open.map(item))],
                provenance: [ProvenanceEntry(source: "your todos", detail: "no match for \(shown)", outcome: .empty)]))
    }
}

/// Cleans a dictated todo title: trims quotes, a trailing period and filler such as "to" at the start.
enum TodoTitle {
    static func clean(_ text: String) -> String {
        DictatedText.dropping(
            leading: ["to ", "that i need to ", "i need to ", "that ", "called ", "saying "],
            from: DictatedText.trimmed(text))
    }
}

/// "1 open todo", "3 open todos".
enum Plural {
    static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(plural ?? noun + "s")"
    }
}
