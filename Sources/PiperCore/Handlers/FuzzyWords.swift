/// Word-overlap similarity that tolerates typos and word endings ("roadmp" ~ "roadmap", "review" ~ "reviewing").
enum FuzzyWords {
    /// The share of query words found in the candidate, between 0 and 1.
    static func score(query: [String], candidate: String) -> Double {
        let candidateWords = TextNormalization.words(candidate)
        guard !query.isEmpty else { return 0 }
        let found = query.filter { word in candidateWords.contains { isSimilar(word, $0) } }
        return Double(found.count) / Double(query.count)
    }

    static func isSimilar(_ left: String, _ right: String) -> Bool {
        if left == right { return true }
        let shorter = min(left.count, right.count)
        if shorter >= 4, left.hasPrefix(right) || right.hasPrefix(left) { return true }
        return shorter >= 5 && editDistance(Array(left), Array(right), limit: 1) <= 1
    }

    /// Levenshtein distance, stopping early once it exceeds `limit`.
    static func editDistance(_ left: [Character], _ right: [Character], limit: Int) -> Int {
        if abs(left.count - right.count) > limit { return limit + 1 }
        var previous = Array(0...right.count)
        for (i, leftCharacter) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, rightCharacter) in right.enumerated() {
                let substitution = previous[j] + (leftCharacter == rightCharacter ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            previous = current
        }
        return previous[right.count]
    }
}
