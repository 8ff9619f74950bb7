/// The grammar of times of day: "at 9", "9:30pm", "15:00", "noon", "midnight", "EOD".
extension TimePhraseReader {
    /// A time, optionally introduced by "at", "by" or "around"; only "at" makes a bare hour a time ("at 9").
    func leadingTime(at index: Int) -> Step<TimeSpec>? {
        if isWord("at", at: index) { return time(at: index + 1, allowsBareHour: true) }
        if isWord(in: TimeVocabulary.timeLeads, at: index) { return time(at: index + 1, allowsBareHour: false) }
        return time(at: index, allowsBareHour: false)
    }

    /// "in the morning", "in the afternoon", "in the evening", "at night" after a time.
    func partOfDaySuffix(at index: Int) -> Step<PartOfDay>? {
        if let next = indexAfter(words: ["at", "night"], at: index) { return Step(value: .night, next: next) }
        guard let afterThe = indexAfter(words: ["in", "the"], at: index),
            let word = word(at: afterThe), let partOfDay = TimeVocabulary.partsOfDay[word], partOfDay != .night
        else { return nil }
        return Step(value: partOfDay, next: afterThe + 1)
    }

    /// "end of week", "the end of the week", "EOW", "end of next week", optionally after "by": Friday at 17:00.
    func endOfWeekPhrase(at index: Int) -> Step<TimePhrase>? {
        let start = isWord("by", at: index) ? index + 1 : index
        if isWord("eow", at: start) {
            return Step(value: .moment(day: .endOfWeek, time: .endOfDay), next: start + 1)
        }
        guard let afterOf = indexAfter(words: ["end", "of"], at: isWord("the", at: start) ? start + 1 : start) else {
            return nil
        }
        let isNextWeek = isWord("next", at: afterOf)
        let week = isWord(in: ["the", "this", "next"], at: afterOf) ? afterOf + 1 : afterOf
        guard isWord("week", at: week) else { return nil }
        let day: DaySpec = isNextWeek ? .endOfNextWeek : .endOfWeek
        return Step(value: .moment(day: day, time: .endOfDay), next: week + 1)
    }

    /// A time without its lead.
    private func time(at index: Int, allowsBareHour: Bool) -> Step<TimeSpec>? {
        namedTime(at: index) ?? endOfDay(at: index) ?? clock(at: index, allowsBareHour: allowsBareHour)
    }

    /// "noon", "midday", "midnight", optionally after "12" ("12 noon").
    private func namedTime(at index: Int) -> Step<TimeSpec>? {
        let start = number(at: index, digits: 2...2) == 12 ? index + 1 : index
        switch word(at: start) {
        case "noon", "midday": return Step(value: .noon, next: start + 1)
        case "midnight": return Step(value: .midnight, next: start + 1)
        default: return nil
        }
    }

    /// "EOD", "COB", "end of (the) day", "close of business": 17:00.
    private func endOfDay(at index: Int) -> Step<TimeSpec>? {
        if isWord(in: ["eod", "cob"], at: index) { return Step(value: .endOfDay, next: index + 1) }
        let start = isWord("the", at: index) ? index + 1 : index
        let spellings = [["end", "of", "day"], ["end", "of", "the", "day"], ["close", "of", "business"]]
        let next = spellings.lazy.compactMap { self.indexAfter(words: $0, at: start) }.first
        return next.map { Step(value: .endOfDay, next: $0) }
    }

    /// "9", "9am", "9:30", "9.30pm", "15:00", "9 o'clock".
    ///
    /// Without am/pm, o'clock or colon minutes the hour must follow "at" and must not count a plural noun
    /// ("look at 3 PRs"); dotted minutes ("9.30") likewise need "at" or am/pm.
    private func clock(at index: Int, allowsBareHour: Bool) -> Step<TimeSpec>? {
        guard let hour = number(at: index, digits: 1...2) else { return nil }
        let minutes = self.minutes(at: index + 1)
        let afterMinutes = minutes?.next ?? index + 1
        let meridiem = self.meridiem(at: afterMinutes)
        let afterMeridiem = meridiem?.next ?? afterMinutes
        let oClock = minutes == nil && meridiem == nil ? indexAfterOClock(at: afterMeridiem) : nil
        let end = oClock ?? afterMeridiem
        let isWrittenAsTime = meridiem != nil || oClock != nil || minutes?.value.hasColon == true
        guard endsCleanly(at: end),
            isWrittenAsTime || (allowsBareHour && !looksLikeCountedNoun(at: end))
        else { return nil }
        let clock = ClockTime(
            hour: hour, minute: minutes?.value.minute ?? 0, meridiem: meridiem?.value,
            isZeroPadded: tokens[index].text.count == 2 && tokens[index].text.hasPrefix("0")
        )
        return clock.isValid ? Step(value: .clock(clock, partOfDay: nil), next: end) : nil
    }

    /// Minutes glued to an hour by a colon or a dot (":30", ".30").
    private func minutes(at index: Int) -> Step<(minute: Int, hasColon: Bool)>? {
        let hasColon = isGluedSymbol(":", at: index)
        guard hasColon || isGluedSymbol(".", at: index),
            let minute = gluedNumber(at: index + 1, digits: 2...2)
        else { return nil }
        return Step(value: (minute, hasColon), next: index + 2)
    }

    /// "am", "pm", "a.m.", "p.m.", with or without a space before.
    private func meridiem(at index: Int) -> Step<ClockTime.Meridiem>? {
        switch word(at: index) {
        case "am": return Step(value: .am, next: index + 1)
        case "pm": return Step(value: .pm, next: index + 1)
        case "a", "p":
            guard isGluedSymbol(".", at: index + 1), isWord("m", at: index + 2), tokens[index + 2].isGlued else {
                return nil
            }
            let meridiem: ClockTime.Meridiem = isWord("a", at: index) ? .am : .pm
            return Step(value: meridiem, next: isGluedSymbol(".", at: index + 3) ? index + 4 : index + 3)
        default: return nil
        }
    }

    /// The index after "o'clock" or "oclock", or nil.
    private func indexAfterOClock(at index: Int) -> Int? {
        if isWord("oclock", at: index) { return index + 1 }
        let isApostrophe = isGluedSymbol("'", at: index + 1) || isGluedSymbol("’", at: index + 1)
        guard isWord("o", at: index), isApostrophe, isWord("clock", at: index + 2) else { return nil }
        return index + 3
    }
}
