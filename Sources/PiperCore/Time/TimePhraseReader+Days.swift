/// The grammar of days: "today", "tomorrow", "next Monday", "Dec 3", "2026-12-03", "in 3 days".
extension TimePhraseReader {
    /// A day, optionally introduced by "on", "by", "for" or "until", optionally followed by a part of the day.
    func leadingDay(at index: Int) -> Step<DayReading>? {
        let hasLead = isWord(in: TimeVocabulary.dayLeads, at: index)
        guard let day = day(at: hasLead ? index + 1 : index, isQualified: hasLead) else { return nil }
        return withPartOfDay(after: day)
    }

    /// A day without its lead; `isQualified` tells whether a word before it makes an abbreviated weekday safe.
    private func day(at index: Int, isQualified: Bool) -> Step<DayReading>? {
        longest([
            relativeDay(at: index), partOfToday(at: index), nextWeek(at: index),
            weekday(at: index, isQualified: isQualified), monthFirstDate(at: index), dayFirstDate(at: index),
            isoDate(at: index), daysLater(at: index), weekdayAndDate(at: index),
        ])
    }

    /// A weekday followed by a date ("Tuesday, December 15"): the date decides, the weekday is only a courtesy.
    private func weekdayAndDate(at index: Int) -> Step<DayReading>? {
        guard let word = word(at: index), TimeVocabulary.weekdays[word] != nil else { return nil }
        let start = isSymbol(",", at: index + 1) ? index + 2 : index + 1
        return longest([monthFirstDate(at: start), dayFirstDate(at: start)])
    }

    /// The day followed, when it has none yet, by "morning", "afternoon", "evening" or "night".
    private func withPartOfDay(after day: Step<DayReading>) -> Step<DayReading> {
        guard day.value.partOfDay == nil,
            let word = word(at: day.next), let partOfDay = TimeVocabulary.partsOfDay[word]
        else { return day }
        var reading = day.value
        reading.partOfDay = partOfDay
        return Step(value: reading, next: day.next + 1)
    }

    /// "today", "tonight", "tomorrow" (and "tmrw", "tmr"), "yesterday", "(the) day after tomorrow".
    private func relativeDay(at index: Int) -> Step<DayReading>? {
        let afterThe = isWord("the", at: index) ? index + 1 : index
        if let next = indexAfter(words: ["day", "after", "tomorrow"], at: afterThe) {
            return Step(value: DayReading(spec: .daysFromToday(2)), next: next)
        }
        guard let word = word(at: index) else { return nil }
        let reading: DayReading? =
            switch word {
            case "today": DayReading(spec: .daysFromToday(0))
            case "tonight": DayReading(spec: .daysFromToday(0), partOfDay: .night)
            case "yesterday": DayReading(spec: .daysFromToday(-1))
            case _ where TimeVocabulary.tomorrow.contains(word): DayReading(spec: .daysFromToday(1))
            default: nil
            }
        return reading.map { Step(value: $0, next: index + 1) }
    }

    /// "this morning", "this afternoon", "this evening": today, at that part of the day.
    private func partOfToday(at index: Int) -> Step<DayReading>? {
        guard isWord("this", at: index),
            let word = word(at: index + 1), let partOfDay = TimeVocabulary.partsOfDay[word]
        else { return nil }
        return Step(value: DayReading(spec: .daysFromToday(0), partOfDay: partOfDay), next: index + 2)
    }

    /// "next week": the next Monday after today.
    private func nextWeek(at index: Int) -> Step<DayReading>? {
        guard let next = indexAfter(words: ["next", "week"], at: index) else { return nil }
        let monday = 2
        return Step(value: DayReading(spec: .weekday(monday)), next: next)
    }

    /// A weekday, optionally after "next", "this", "coming" or "this coming" ("next Monday", "fri").
    ///
    /// An abbreviation without a qualifier is a day only when a time follows ("fri at 2pm"); "sat" and "sun",
    /// being everyday words, always need one ("on sat").
    private func weekday(at index: Int, isQualified: Bool) -> Step<DayReading>? {
        var position = index
        while isWord(in: TimeVocabulary.weekdayQualifiers, at: position) && position < index + 2 {
            position += 1
        }
        guard let word = word(at: position) else { return nil }
        let qualified = isQualified || position > index
        if let weekday = TimeVocabulary.weekdays[word] {
            return Step(value: DayReading(spec: .weekday(weekday)), next: position + 1)
        }
        guard let weekday = TimeVocabulary.weekdayAbbreviations[word],
            qualified || !TimeVocabulary.ambiguousWeekdayAbbreviations.contains(word)
        else { return nil }
        let next = isGluedSymbol(".", at: position + 1) ? position + 2 : position + 1
        return Step(value: DayReading(spec: .weekday(weekday), needsTime: !qualified), next: next)
    }

    /// "Dec 3", "December 3rd", "Dec. 3, 2026"; not "may9", nor a verb counting a plural noun ("we march 3 times").
    private func monthFirstDate(at index: Int) -> Step<DayReading>? {
        guard let month = month(at: index), isSpaced(at: month.next), let day = dayOfMonth(at: month.next) else {
            return nil
        }
        if isWord(in: TimeVocabulary.monthsThatAreVerbs, at: index) && looksLikeCountedNoun(at: day.next) {
            return nil
        }
        let year = self.year(at: day.next)
        let spec = DaySpec.date(month: month.value, day: day.value, year: year?.value)
        return Step(value: DayReading(spec: spec), next: year?.next ?? day.next)
    }

    /// "3 December", "3rd of December", "the 3rd of Dec 2026"; not "3dec".
    private func dayFirstDate(at index: Int) -> Step<DayReading>? {
        guard let day = dayOfMonth(at: isWord("the", at: index) ? index + 1 : index) else { return nil }
        let monthIndex = isWord("of", at: day.next) ? day.next + 1 : day.next
        guard isSpaced(at: monthIndex), let month = month(at: monthIndex) else { return nil }
        let year = self.year(at: month.next)
        let spec = DaySpec.date(month: month.value, day: day.value, year: year?.value)
        return Step(value: DayReading(spec: spec), next: year?.next ?? month.next)
    }

    /// "2026-12-03". Whether the month and day exist is checked when the phrase is resolved.
    private func isoDate(at index: Int) -> Step<DayReading>? {
        guard let year = number(at: index, digits: 4...4),
            isGluedSymbol("-", at: index + 1), let month = gluedNumber(at: index + 2, digits: 1...2),
            isGluedSymbol("-", at: index + 3), let day = gluedNumber(at: index + 4, digits: 1...2),
            (1...12).contains(month)
        else { return nil }
        return Step(value: DayReading(spec: .date(month: month, day: day, year: year)), next: index + 5)
    }

    /// "in 3 days", "in a week", "in 2 months", "2 weeks from now": the day that many days ahead.
    private func daysLater(at index: Int) -> Step<DayReading>? {
        guard let span = timeSpan(at: index), let spec = span.value.day else { return nil }
        return Step(value: DayReading(spec: spec), next: span.next)
    }

    /// A month name or abbreviation ("December", "Dec", "Dec.") and its number.
    private func month(at index: Int) -> Step<Int>? {
        guard let word = word(at: index), let month = TimeVocabulary.months[word] else { return nil }
        return Step(value: month, next: isGluedSymbol(".", at: index + 1) ? index + 2 : index + 1)
    }

    /// A day of the month, 1–31, optionally with an ordinal ending ("3", "3rd").
    private func dayOfMonth(at index: Int) -> Step<Int>? {
        guard let day = number(at: index, digits: 1...2), (1...31).contains(day) else { return nil }
        let hasSuffix = isWord(in: TimeVocabulary.ordinalSuffixes, at: index + 1) && tokens[index + 1].isGlued
        let next = hasSuffix ? index + 2 : index + 1
        return endsCleanly(at: next) ? Step(value: day, next: next) : nil
    }

    /// A four-digit year after a date, optionally after a comma ("Dec 3, 2026").
    private func year(at index: Int) -> Step<Int>? {
        let start = isSymbol(",", at: index) ? index + 1 : index
        guard let year = number(at: start, digits: 4...4), endsCleanly(at: start + 1) else { return nil }
        return Step(value: year, next: start + 1)
    }
}
