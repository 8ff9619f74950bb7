/// A clock time as written ("9", "9:30pm", "15:00"), before a bare hour is read as am or pm.
struct ClockTime: Equatable {
    /// Before or after noon, when written.
    enum Meridiem: Equatable {
        /// Before noon.
        case am
        /// After noon.
        case pm
    }

    /// The hour as written.
    let hour: Int
    /// The minute as written, 0 when none was.
    let minute: Int
    /// "am" or "pm" when written.
    let meridiem: Meridiem?
    /// True when the hour was written with a leading zero ("09:00"), which marks a 24-hour time.
    let isZeroPadded: Bool

    /// True when the numbers make a time: minutes 0–59, hours 1–12 with am/pm, otherwise 0–23.
    var isValid: Bool {
        let hours = meridiem == nil ? 0...23 : 1...12
        return hours.contains(hour) && (0...59).contains(minute)
    }

    /// True when the hour needs no am/pm: zero-padded, 0, or 13 and later.
    var isTwentyFourHour: Bool {
        meridiem == nil && (isZeroPadded || hour == 0 || hour > 12)
    }

    /// Minutes after midnight; a bare hour is read by `partOfDay` when given, otherwise as a working hour.
    func minutesAfterMidnight(partOfDay: PartOfDay?) -> Int {
        resolvedHour(partOfDay: partOfDay) * 60 + minute
    }

    /// The hour after midnight this clock time means (24 or more reaches into the next day).
    private func resolvedHour(partOfDay: PartOfDay?) -> Int {
        if let meridiem { return hour % 12 + (meridiem == .pm ? 12 : 0) }
        if isTwentyFourHour { return hour }
        if let partOfDay { return partOfDay.hour(forBareHour: hour) }
        return Self.workingHour(forBareHour: hour)
    }

    /// A bare hour read as a working hour: 1–6 are afternoon (13–18), 7–11 morning, 12 noon.
    static func workingHour(forBareHour hour: Int) -> Int {
        (1...6).contains(hour) ? hour + 12 : hour
    }
}
