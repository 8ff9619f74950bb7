import Foundation

/// Finds and resolves natural-language times ("tomorrow at 9", "in 2 hours", "next Monday").
///
/// Phrases are matched case-insensitively anywhere in a message ("remind me tomorrow at 9 to call Sam") and
/// resolved on a Gregorian calendar in the user's time zone, so "tomorrow at 9" is 9:00 local time even across a
/// daylight-saving change. The rules:
///
/// - **Bare hours** ("at 9", "at 6:30") are read as working hours: 1–6 mean pm, 7–11 am, 12 noon. A bare hour
///   needs "at" before it ("review 3 PRs" is not a time), and "at" before a plural noun is not a time either
///   ("look at 3 PRs"). A zero-padded hour or one from 13 up is 24-hour ("09:00", "15:00"), and a named part of
///   the day overrides the working-hours reading ("tonight at 11" is 23:00, "this evening at 7" is 19:00).
/// - **A time without a day** ("at 9", "noon", "EOD") is its next future occurrence: today when still ahead,
///   otherwise tomorrow.
/// - **A weekday** ("Monday", "on Friday", "next Monday", "this Thursday") is the next such day strictly after
///   today: "on Monday" said on a Monday is next week's. Only "today" names today. "next week" is the next Monday.
///   Abbreviations need a qualifier or a time ("fri at 2pm", "on sat"); "sat" and "sun" always need "on"/"next"/
///   "this".
/// - **A date without a year** ("Dec 3", "3rd of December") is its next occurrence, today included; with a year
///   ("2026-12-03", "Dec 3, 2026") it is taken as written. Numeric dates such as "12/3" are ambiguous and never
///   match; only ISO dates ("2026-12-03", "2026-12-03 14:00") and month names are read.
/// - **No time of day** ("next Monday", "Dec 3", "in 3 days") uses `defaultHour` and sets
///   ``NaturalTimeMatch/hasExplicitTimeOfDay`` to false. Named parts of the day count as a time of day: morning
///   9:00, afternoon 15:00, evening 18:00, night and "tonight" 20:00.
/// - **Deadlines** count as a time of day too: "EOD" / "end of day" is 17:00; "end of week" is Friday 17:00 (this
///   Friday until then, afterwards next week's); "end of next week" is the Friday after next Monday.
/// - **Spans**: minutes and hours are exact elapsed time from now ("in 2 hours"); days, weeks and months name a
///   calendar day at the default hour unless a time is given ("in 3 days", "in a week at 3pm").
/// - **"midnight"** closes the named day: "midnight" alone is the coming midnight and "Friday at midnight" is the
///   night from Friday to Saturday.
/// - **Past moments** ("yesterday", "this morning" said in the evening, a date with a year that has passed) are
///   returned as they are; the caller decides what to do with them.
/// - **Not times**: numbers glued to letters or symbols ("Q3", "#42", "v2.1", "3%"), numeric dates ("12/3") and
///   ranges ("2pm-3pm") never match.
/// - **The phrase** includes its lead word ("on Friday", "at 9", "by EOD", "for next Monday", "in 2 hours"), so
///   removing ``NaturalTimeMatch/range`` from a message leaves the request ("remind me to call Sam").
package struct NaturalTimeParser: Sendable {
    /// Places parsed phrases on the calendar.
    private let resolver: TimePhraseResolver

    /// Creates a parser for a user in `timeZone`; `defaultHour` (0–23) stands in for a missing time of day.
    package init(timeZone: TimeZone, defaultHour: Int = 9) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.locale = Locale(identifier: "en_US_POSIX")
        resolver = TimePhraseResolver(calendar: calendar, defaultHour: min(max(defaultHour, 0), 23))
    }

    /// The first time phrase in `text` resolved relative to `now`, or nil when the text names no time.
    package func firstMatch(in text: String, now: Date) -> NaturalTimeMatch? {
        let reader = TimePhraseReader(text: text)
        for start in reader.tokens.indices {
            guard let phrase = reader.phrase(at: start),
                let resolution = resolver.resolve(phrase.value, now: now)
            else { continue }
            let range = reader.tokens[start].range.lowerBound..<reader.tokens[phrase.next - 1].range.upperBound
            return NaturalTimeMatch(
                phrase: String(text[range]), range: range, date: resolution.date,
                hasExplicitTimeOfDay: resolution.hasExplicitTimeOfDay
            )
        }
        return nil
    }

    /// Resolves a whole phrase ("tomorrow at 9"); nil when it is not a time.
    ///
    /// Punctuation around the phrase is ignored ("(tomorrow at 9)."); any other word makes it not a time.
    package func date(from phrase: String, now: Date) -> Date? {
        let reader = TimePhraseReader(text: phrase)
        guard let start = reader.tokens.firstIndex(where: { $0.kind != .symbol }),
            reader.tokens[..<start].allSatisfy({ $0.kind == .symbol }),
            let parsed = reader.phrase(at: start),
            reader.tokens[parsed.next...].allSatisfy({ $0.kind == .symbol })
        else { return nil }
        return resolver.resolve(parsed.value, now: now)?.date
    }
}
