import Foundation

/// Human wording for a moment relative to now, in the user's time zone ("today at 3:00 PM", "tomorrow at 9:00 AM",
/// "Monday, Dec 7 at 9:00 AM").
///
/// The sentence is English; the locale supplies the weekday and month names and the AM/PM symbols. A moment in
/// another year than now carries its year ("Monday, Jan 4, 2027 at 9:00 AM").
package struct TimeWording: Sendable {
    /// A Gregorian calendar in the user's time zone and locale.
    private let calendar: Calendar

    /// Creates wording for a user in `timeZone`; `locale` names weekdays, months and AM/PM.
    package init(timeZone: TimeZone, locale: Locale = Locale(identifier: "en_US_POSIX")) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.locale = locale
        self.calendar = calendar
    }

    /// "today at 3:00 PM", "tomorrow at 9:00 AM", "yesterday at 5:00 PM" or "Monday, Dec 7 at 9:00 AM".
    package func describe(_ date: Date, relativeTo now: Date) -> String {
        "\(day(of: date, relativeTo: now)) at \(timeOfDay(date))"
    }

    /// The time of day on a 12-hour clock, e.g. "3:00 PM".
    package func timeOfDay(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        let hourOnClock = (hour + 11) % 12 + 1
        let period = hour < 12 ? calendar.amSymbol : calendar.pmSymbol
        return "\(hourOnClock):\(minute < 10 ? "0" : "")\(minute) \(period)"
    }

    /// The part of the day the moment falls in: morning (5–12), afternoon (12–17), evening (17–22) or night.
    package func partOfDay(_ date: Date) -> PartOfDay {
        PartOfDay(hour: calendar.component(.hour, from: date))
    }

    /// "today", "tomorrow", "yesterday", or the weekday and date.
    private func day(of date: Date, relativeTo now: Date) -> String {
        let today = CalendarDay(containing: now, in: calendar)
        let day = CalendarDay(containing: date, in: calendar)
        if day == today { return "today" }
        if day == today.adding(days: 1, in: calendar) { return "tomorrow" }
        if day == today.adding(days: -1, in: calendar) { return "yesterday" }
        return calendarDate(of: date, showingYear: day.year != today.year)
    }

    /// "Monday, Dec 7", or "Monday, Dec 7, 2027" when `showingYear`.
    private func calendarDate(of date: Date, showingYear: Bool) -> String {
        let parts = calendar.dateComponents([.weekday, .month, .day, .year], from: date)
        let weekday = calendar.weekdaySymbols[(parts.weekday ?? 1) - 1]
        let month = calendar.shortMonthSymbols[(parts.month ?? 1) - 1]
        let year = showingYear ? ", \(parts.year ?? 0)" : ""
        return "\(weekday), \(month) \(parts.day ?? 1)\(year)"
    }
}
