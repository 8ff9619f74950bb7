/// Which of several items a person's words point at: exactly one, a tie, or none.
enum NameMatch<Item: Equatable>: Equatable {
    case one(Item)
    case several([Item])
    case none
}

extension FuzzyWords {
    /// The items whose text best matches `query` (at least half its words), ties included.
    static func best<Item>(_ query: [String], in items: [Item], text: (Item) -> String) -> NameMatch<Item> {
        guard !query.isEmpty else { return .none }
        let scored = items.map { ($0, score(query: query, candidate: text($0))) }
        guard let best = scored.map(\.1).max(), best >= 0.5 else { return .none }
        let winners = scored.filter { $0.1 >= best - 0.001 }.map(\.0)
        return winners.count == 1 ? .one(winners[0]) : .several(winners)
    }
}
