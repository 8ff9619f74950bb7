/// The day a phrase names, before it is placed on the calendar.
enum DaySpec: Equatable {
    /// A day counted from today: 0 is today, 1 tomorrow, -1 yesterday, 7 "in a week".
    case daysFromToday(Int)
    /// The same day of the month, months from now ("in 2 months").
    case monthsFromToday(Int)
    /// The next day with this `Calendar` weekday (1 is Sunday) strictly after today.
    case weekday(Int)
    /// A calendar date; without a year, the next time that date comes round (today included).
    case date(month: Int, day: Int, year: Int?)
    /// This week's Friday, or next week's once this one's end of day has passed.
    case endOfWeek
    /// The Friday after next Monday ("end of next week").
    case endOfNextWeek
}
