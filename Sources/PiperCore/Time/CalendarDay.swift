import Foundation

/// A day on the calendar (year, month, day), independent of any time of day.
///
/// Day arithmetic goes through noon of the day, so it is never thrown off by a daylight-saving change at midnight.
struct CalendarDay: Equatable, Comparable {
    /// The year, e.g. 2026.
    let year: Int
    /// The month, 1–12.
    let month: Int
    /// The day of the month, 1–31.
    let day: Int

    /// The day that contains `date` in the calendar's time zone.
    init(containing date: Date, in calendar: Calendar) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(unchecked: parts.year ?? 1, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The day with these numbers, or nil when there is no such day (February 30).
    init?(year: Int, month: Int, day: Int, in calendar: Calendar) {
        let candidate = CalendarDay(unchecked: year, month: month, day: day)
        guard let noon = candidate.noon(in: calendar),
            CalendarDay(containing: noon, in: calendar) == candidate
        else { return nil }
        self = candidate
    }

    /// The day with these numbers, trusted to exist.
    private init(unchecked year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Orders days from earliest to latest.
    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The `Calendar` weekday of this day (1 is Sunday).
    func weekday(in calendar: Calendar) -> Int? {
        noon(in: calendar).map { calendar.component(.weekday, from: $0) }
    }

    /// The day `count` days later (earlier when negative).
    func adding(days count: Int, in calendar: Calendar) -> CalendarDay? {
        adding(count, of: .day, in: calendar)
    }

    /// The same day of the month `count` months later, or the month's last day when it is shorter.
    func adding(months count: Int, in calendar: Calendar) -> CalendarDay? {
        adding(count, of: .month, in: calendar)
    }

    /// The moment `minutes` after this day's midnight in wall-clock time; 1 440 or more lands on a later day.
    func date(minutesAfterMidnight minutes: Int, in calendar: Calendar) -> Date? {
        let minutesPerDay = 24 * 60
        guard let target = adding(days: minutes / minutesPerDay, in: calendar) else { return nil }
        let minuteOfDay = minutes % minutesPerDay
        var parts = DateComponents(year: target.year, month: target.month, day: target.day)
        parts.hour = minuteOfDay / 60
        parts.minute = minuteOfDay % 60
        return calendar.date(from: parts)
    }

    /// The day `count` units of `component` later.
    private func adding(_ count: Int, of component: Calendar.Component, in calendar: Calendar) -> CalendarDay? {
        guard let noon = noon(in: calendar),
            let moved = calendar.date(byAdding: component, value: count, to: noon)
        else { return nil }
        return CalendarDay(containing: moved, in: calendar)
    }

    /// Noon of this day, a time every day has whatever its daylight-saving changes.
    private func noon(in calendar: Calendar) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))
    }
}
