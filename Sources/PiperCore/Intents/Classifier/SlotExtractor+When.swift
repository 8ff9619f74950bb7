import Foundation

extension SlotExtractor {
    private static let sinceStops: Set<String> = ["in", "on", "for", "and", "to", "from"]

    private static let periodStarts: Set<String> = ["this", "last", "next", "past"]
    private static let periods: Set<String> = [
        "week", "month", "quarter", "year", "sprint", "weekend", "morning", "afternoon", "evening",
    ]

    /// The positions of the time phrase: the `NaturalTimeParser` match, or for `changes_since` the words after
    /// "since" ("since my last visit").
    func timePhrase(in text: SlotText, action: String, now: Date, timeZone: TimeZone) -> ClosedRange<Int>? {
        let parser = NaturalTimeParser(timeZone: timeZone, defaultHour: defaultHour)
        if let match = parser.firstMatch(in: text.original, now: now) {
            let positions = text.positions(overlapping: match.range).sorted()
            if let first = positions.first, let last = positions.last {
                return extendedLeft(first...last, in: text, action: action)
            }
        }
        if let period = periodPhrase(in: text) { return period }
        guard action == "changes_since", let since = text.position(ofAny: ["since"]) else { return nil }
        return text.phrase(from: since + 1, stoppingAt: Self.sinceStops)
    }

    /// "this week", "last month", "over the weekend", "after lunch": periods the time parser leaves alone.
    private func periodPhrase(in text: SlotText) -> ClosedRange<Int>? {
        for position in text.words.indices.dropLast() {
            let first = text.words[position].folded
            let second = text.words[position + 1].folded
            if first == "over", second == "the", text.folded(at: position + 2) == "weekend" {
                return position...(position + 2)
            }
            if Self.periodStarts.contains(first), Self.periods.contains(second) {
                let start = position > 0 && text.words[position - 1].folded == "over" ? position - 1 : position
                return start...(position + 1)
            }
            if ["after", "before"].contains(first), ["lunch", "dinner", "standup"].contains(second) {
                return position...(position + 1)
            }
        }
        return nil
    }

    /// Takes in a recurrence or lead the parser leaves out ("every other Friday", "first thing tomorrow"), and
    /// drops a leading "for" outside reminders ("agenda for Monday" → "Monday").
    private func extendedLeft(_ range: ClosedRange<Int>, in text: SlotText, action: String) -> ClosedRange<Int> {
        var lower = range.lowerBound
        if lower >= 2, text.words[lower - 2].folded == "every", text.words[lower - 1].folded == "other" {
            lower -= 2
        } else if lower >= 1, text.words[lower - 1].folded == "every" {
            lower -= 1
        } else if lower >= 2, text.words[lower - 2].folded == "first", text.words[lower - 1].folded == "thing" {
            lower -= 2
        }
        if action != "create_reminder", text.words[lower].folded == "for", lower < range.upperBound { lower += 1 }
        return lower...range.upperBound
    }
}
