import Foundation

/// Places a parsed ``TimePhrase`` on the calendar relative to "now".
struct TimePhraseResolver: Sendable {
    /// The moment a phrase names and whether it said a time of day.
    struct Resolution: Equatable {
        /// The moment named.
        let date: Date
        /// False when the default hour stood in for a missing time of day.
        let hasExplicitTimeOfDay: Bool
    }

    /// A Gregorian calendar in the user's time zone.
    let calendar: Calendar
    /// The hour used when a phrase names a day but no time of day.
    let defaultHour: Int

    /// The moment `phrase` names relative to `now`, or nil when it names a day that does not exist.
    func resolve(_ phrase: TimePhrase, now: Date) -> Resolution? {
        switch phrase {
        case .elapsed(let seconds):
            return Resolution(date: now.addingTimeInterval(TimeInterval(seconds)), hasExplicitTimeOfDay: true)
        case .moment(let day, let time):
            let minutes = time?.minutesAfterMidnight ?? defaultHour * 60
            return moment(on: day, minutesAfterMidnight: minutes, now: now)
                .map { Resolution(date: $0, hasExplicitTimeOfDay: time != nil) }
        }
    }

    /// The moment `minutes` after midnight on the named day; with no day, the next such moment after `now`.
    private func moment(on spec: DaySpec?, minutesAfterMidnight minutes: Int, now: Date) -> Date? {
        let today = CalendarDay(containing: now, in: calendar)
        guard let day = self.day(for: spec ?? .daysFromToday(0), today: today),
            let date = day.date(minutesAfterMidnight: minutes, in: calendar)
        else { return nil }
        guard date <= now, let rolloverDays = Self.rolloverDays(for: spec) else { return date }
        return day.adding(days: rolloverDays, in: calendar)?.date(minutesAfterMidnight: minutes, in: calendar)
    }

    /// How far a moment that has already passed moves on, or nil when a passed moment stands as it is.
    private static func rolloverDays(for spec: DaySpec?) -> Int? {
        switch spec {
        case nil: 1
        case .endOfWeek: 7
        default: nil
        }
    }

    /// The calendar day a day spec names.
    private func day(for spec: DaySpec, today: CalendarDay) -> CalendarDay? {
        switch spec {
        case .daysFromToday(let count):
            today.adding(days: count, in: calendar)
        case .monthsFromToday(let count):
            today.adding(months: count, in: calendar)
        case .weekday(let weekday):
            nextDay(withWeekday: weekday, after: today, includingToday: false)
        case .date(let month, let day, let year):
            date(month: month, day: day, year: year, today: today)
        case .endOfWeek:
            nextDay(withWeekday: Self.friday, after: today, includingToday: true)
        case .endOfNextWeek:
            nextDay(withWeekday: Self.monday, after: today, includingToday: false)?
                .adding(days: Self.friday - Self.monday, in: calendar)
        }
    }

    /// The `Calendar` weekday number of Monday.
    private static let monday = 2

    /// The `Calendar` weekday number of Friday.
    private static let friday = 6

    /// The first day after `today` (or from today, when `includingToday`) that falls on `weekday`.
    private func nextDay(withWeekday weekday: Int, after today: CalendarDay, includingToday: Bool) -> CalendarDay? {
        guard let todayWeekday = today.weekday(in: calendar) else { return nil }
        let ahead = (weekday - todayWeekday + 7) % 7
        return today.adding(days: ahead == 0 && !includingToday ? 7 : ahead, in: calendar)
    }

    /// The date with an explicit year as written, or without one the next time it comes round (today included).
    private func date(month: Int, day: Int, year: Int?, today: CalendarDay) -> CalendarDay? {
        if let year { return CalendarDay(year: year, month: month, day: day, in: calendar) }
        let leapCycle = 8
        return (today.year...today.year + leapCycle).lazy
            .compactMap { CalendarDay(year: $0, month: month, day: day, in: self.calendar) }
            .first { $0 >= today }
    }
}
