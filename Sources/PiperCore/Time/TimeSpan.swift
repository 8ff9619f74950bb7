/// An amount of time said as a count of units ("2 hours", "a week").
struct TimeSpan: Equatable {
    /// A unit of a span.
    enum Unit: Equatable {
        /// Sixty seconds.
        case minute
        /// Sixty minutes.
        case hour
        /// One calendar day.
        case day
        /// Seven calendar days.
        case week
        /// One calendar month.
        case month
    }

    /// How many units.
    let amount: Int
    /// Which unit.
    let unit: Unit

    /// The span in seconds when it is shorter than a day, or nil for days, weeks and months.
    var elapsedSeconds: Int? {
        switch unit {
        case .minute: amount * 60
        case .hour: amount * 3_600
        case .day, .week, .month: nil
        }
    }

    /// The day the span leads to, or nil when the span is shorter than a day.
    var day: DaySpec? {
        switch unit {
        case .minute, .hour: nil
        case .day: .daysFromToday(amount)
        case .week: .daysFromToday(amount * 7)
        case .month: .monthsFromToday(amount)
        }
    }
}
