import Foundation

/// The UTC days a usage report covers, from the first day's midnight up to the midnight after the last.
struct UsagePeriod: Equatable {
    /// The first day, `YYYY-MM-DD`.
    var firstDay: String
    /// The last day, `YYYY-MM-DD`.
    var lastDay: String
    /// The first instant covered.
    var start: Date
    /// The first instant after the period.
    var end: Date

    /// The longest period one report covers.
    static let maximumDays = 366

    /// The period from `from` to `to` (both `YYYY-MM-DD`, inclusive); by default the current month to date.
    init(from: String?, to: String?, now: Date) throws {
        let start = try from.map { try Self.day($0, name: "from") } ?? UsageCalendar.startOfMonth(now)
        let last = try to.map { try Self.day($0, name: "to") } ?? UsageCalendar.startOfDay(now)
        guard start <= last else {
            throw APIError(status: .badRequest, code: "invalid_period", message: "from must not be after to.")
        }
        let end = UsageCalendar.nextDay(after: last)
        guard end.timeIntervalSince(start) <= Double(Self.maximumDays) * 86_400 else {
            throw APIError(
                status: .badRequest, code: "invalid_period",
                message: "A usage report covers at most \(Self.maximumDays) days.")
        }
        self.firstDay = UsageCalendar.text(start)
        self.lastDay = UsageCalendar.text(last)
        self.start = start
        self.end = end
    }

    private static func day(_ text: String, name: String) throws -> Date {
        guard let day = UsageCalendar.day(text) else {
            throw APIError(
                status: .badRequest, code: "invalid_period", message: "\(name) must be a date such as 2026-09-01.")
        }
        return day
    }
}

/// UTC calendar arithmetic for usage periods, budgets and caps.
enum UsageCalendar {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        return calendar
    }()

    /// Midnight UTC starting `date`'s day.
    static func startOfDay(_ date: Date) -> Date {
        calendar.startOfDay(for: date)
    }

    /// Midnight UTC starting `date`'s month.
    static func startOfMonth(_ date: Date) -> Date {
        calendar.date(from: calendar.dateComponents([.year, .month], from: date)) ?? startOfDay(date)
    }

    /// Midnight UTC after `day`.
    static func nextDay(after day: Date) -> Date {
        calendar.date(byAdding: .day, value: 1, to: day) ?? day.addingTimeInterval(86_400)
    }

    /// The midnight a `YYYY-MM-DD` text names, or `nil` when it names no real day.
    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), parts[0].count == 4, parts[1].count == 2, parts[2].count == 2
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date
    }

    /// `YYYY-MM-DD` of `date` in UTC.
    static func text(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
