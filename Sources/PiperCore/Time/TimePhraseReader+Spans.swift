/// The grammar of spans of time: "in 5 minutes", "in 2 hrs", "in half an hour", "3 days from now".
extension TimePhraseReader {
    /// A span shorter than a day, read as that much time from now ("in 2 hours").
    func elapsedPhrase(at index: Int) -> Step<TimePhrase>? {
        guard let span = timeSpan(at: index), let seconds = span.value.elapsedSeconds else { return nil }
        return Step(value: .elapsed(seconds: seconds), next: span.next)
    }

    /// "in" and a span ("in 3 days"), a span and "from now" ("3 days from now"), or both.
    func timeSpan(at index: Int) -> Step<TimeSpan>? {
        let hasIn = isWord("in", at: index)
        guard let span = bareSpan(at: hasIn ? index + 1 : index) else { return nil }
        let afterFromNow = indexAfter(words: ["from", "now"], at: span.next)
        guard hasIn || afterFromNow != nil else { return nil }
        return Step(value: span.value, next: afterFromNow ?? span.next)
    }

    /// An amount and a unit ("2 hours", "2h", "an hour", "two weeks"), or "half an hour".
    private func bareSpan(at index: Int) -> Step<TimeSpan>? {
        if let next = indexAfter(words: ["half", "an", "hour"], at: index)
            ?? indexAfter(words: ["half", "a", "hour"], at: index)
        {
            return Step(value: TimeSpan(amount: 30, unit: .minute), next: next)
        }
        guard let amount = amount(at: index),
            let word = word(at: index + 1), let unit = TimeVocabulary.units[word],
            endsCleanly(at: index + 2)
        else { return nil }
        return Step(value: TimeSpan(amount: amount, unit: unit), next: index + 2)
    }

    /// A count of 1–9 999 in digits, or a spelled-out amount ("a", "an", "two").
    private func amount(at index: Int) -> Int? {
        if let number = number(at: index, digits: 1...4) { return number > 0 ? number : nil }
        return word(at: index).flatMap { TimeVocabulary.amounts[$0] }
    }
}
