/// The time of day a phrase names, before it is placed on a day.
enum TimeSpec: Equatable {
    /// A clock time ("9", "9:30pm", "15:00"), read in the light of a part of the day when one was named.
    case clock(ClockTime, partOfDay: PartOfDay?)
    /// A part of the day without a clock time ("tomorrow morning").
    case partOfDay(PartOfDay)
    /// 12:00.
    case noon
    /// The end of the named day: 00:00 of the day after.
    case midnight
    /// 17:00 ("EOD", "end of day", "close of business").
    case endOfDay

    /// Minutes after the start of the day; 1 440 or more reaches into the following day.
    var minutesAfterMidnight: Int {
        switch self {
        case .clock(let clock, let partOfDay): clock.minutesAfterMidnight(partOfDay: partOfDay)
        case .partOfDay(let partOfDay): partOfDay.typicalHour * 60
        case .noon: 12 * 60
        case .midnight: 24 * 60
        case .endOfDay: 17 * 60
        }
    }

    /// The same time, with a clock time read in the light of `partOfDay` ("7" in "7 this evening" is 19:00).
    func reading(in partOfDay: PartOfDay?) -> TimeSpec {
        guard case .clock(let clock, nil) = self, let partOfDay else { return self }
        return .clock(clock, partOfDay: partOfDay)
    }
}
