/// Finds the todo a person means by "2", "#2", "the second one", "id:…" or a few words of its title.
enum TodoMatcher {
    /// The result of matching.
    typealias Match = NameMatch<Todo>

    static func match(_ reference: String, in todos: [Todo]) -> Match {
        if reference.hasPrefix("id:") {
            let id = String(reference.dropFirst(3))
            return todos.first { $0.id.description == id }.map(Match.one) ?? .none
        }
        let words = TextNormalization.words(reference).map { $0.trimmingCharacters(in: ["#"]) }
        if let number = words.lazy.compactMap({ Int($0) }).first {
            return todos.first { $0.number == number }.map(Match.one) ?? .none
        }
        if let position = words.lazy.compactMap(ordinal).first {
            let index = position < 0 ? todos.count + position : position - 1
            return todos.indices.contains(index) ? .one(todos[index]) : .none
        }
        return FuzzyWords.best(words.filter { !fillerWords.contains($0) }, in: todos, text: \.title)
    }

    private static func ordinal(_ word: String) -> Int? {
        switch word {
        case "first", "1st": 1
        case "second", "2nd": 2
        case "third", "3rd": 3
        case "fourth", "4th": 4
        case "fifth", "5th": 5
        case "last": -1
        default: nil
        }
    }

    /// Words that say "a todo" rather than which one.
    static let fillerWords: Set<String> = [
        "the", "a", "an", "my", "todo", "todos", "to-do", "task", "tasks", "item", "one", "about", "for", "on", "to",
        "that", "this", "it", "thing", "number", "no", "with", "of", "called", "named", "re", "regarding",
    ]
}
