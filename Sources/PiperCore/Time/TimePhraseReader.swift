/// Reads time phrases out of a message with a small hand-written grammar over its tokens.
///
/// A phrase is a span of time from now ("in 2 hours"), the end of the week, a day optionally followed by a time
/// ("next monday at 10am", "tomorrow morning") or a time optionally followed by a day ("9am tomorrow", "at 3 on
/// Friday"). Every piece checks that it ends on a word boundary, so "9.5", "12/3" or "3%" never match in part.
struct TimePhraseReader {
    /// A piece read from the tokens, and the index of the first token after it.
    struct Step<Value> {
        /// What was read.
        let value: Value
        /// The index of the first token after the piece.
        let next: Int
    }

    /// What a day phrase says ("tomorrow morning", "sat").
    struct DayReading {
        /// The day named.
        var spec: DaySpec
        /// The part of the day named with it ("tomorrow morning", "tonight").
        var partOfDay: PartOfDay?
        /// True for an abbreviated weekday without "on", "next" or "this": it is a day only when a time follows.
        var needsTime = false
    }

    /// The tokens of the text being read.
    let tokens: [TimeToken]

    /// Prepares to read `text`.
    init(text: String) {
        tokens = TimeToken.tokenize(text)
    }

    /// The longest phrase that starts at token `start`, or nil when none does.
    func phrase(at start: Int) -> Step<TimePhrase>? {
        guard startsCleanly(at: start) else { return nil }
        let candidates = [
            elapsedPhrase(at: start), endOfWeekPhrase(at: start), dayFirstPhrase(at: start), timeFirstPhrase(at: start),
        ]
        return longest(candidates.filter { $0.map { endsCleanly(at: $0.next) } ?? false })
    }

    /// A day, then optionally a time ("tomorrow at 9", "next monday at 10am", "friday morning").
    private func dayFirstPhrase(at start: Int) -> Step<TimePhrase>? {
        guard let day = leadingDay(at: start) else { return nil }
        let time = timeAfterDay(at: day.next, partOfDay: day.value.partOfDay)
        if day.value.needsTime && time == nil { return nil }
        let timeSpec = time?.value ?? day.value.partOfDay.map(TimeSpec.partOfDay)
        return Step(value: .moment(day: day.value.spec, time: timeSpec), next: time?.next ?? day.next)
    }

    /// A time, then optionally a part of the day and a day ("9am tomorrow", "at 7 in the evening", "noon friday").
    private func timeFirstPhrase(at start: Int) -> Step<TimePhrase>? {
        guard let time = leadingTime(at: start) else { return nil }
        let suffix = partOfDaySuffix(at: time.next)
        let afterSuffix = suffix?.next ?? time.next
        let day = dayAfterTime(at: afterSuffix)
        let partOfDay = suffix?.value ?? day?.value.partOfDay
        let phrase = TimePhrase.moment(day: day?.value.spec, time: time.value.reading(in: partOfDay))
        return Step(value: phrase, next: day?.next ?? afterSuffix)
    }

    /// A time after a day, optionally after a comma and followed by a part of the day ("tomorrow at 7 in the
    /// evening"), read in the light of the day's own part of the day ("tonight at 11").
    private func timeAfterDay(at index: Int, partOfDay: PartOfDay?) -> Step<TimeSpec>? {
        let start = isSeparatorBeforeTime(at: index) ? index + 1 : index
        guard let time = leadingTime(at: start) else { return nil }
        let suffix = partOfDaySuffix(at: time.next)
        return Step(value: time.value.reading(in: suffix?.value ?? partOfDay), next: suffix?.next ?? time.next)
    }

    /// A day after a time, optionally after a comma ("at 3pm, Friday").
    private func dayAfterTime(at index: Int) -> Step<DayReading>? {
        leadingDay(at: isSymbol(",", at: index) ? index + 1 : index)
    }

    /// A comma, or the "T" glued between an ISO date and its time ("2026-12-03T14:00").
    private func isSeparatorBeforeTime(at index: Int) -> Bool {
        isSymbol(",", at: index) || (isWord("t", at: index) && tokens[index].isGlued)
    }

    /// The candidate that reaches furthest, or nil when there is none.
    func longest<Value>(_ candidates: [Step<Value>?]) -> Step<Value>? {
        candidates.compactMap { $0 }.max { $0.next < $1.next }
    }
}
