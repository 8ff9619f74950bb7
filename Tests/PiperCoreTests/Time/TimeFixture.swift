import Foundation

@testable import PiperCore

/// Fixed time zones, instants and helpers shared by the time tests.
enum TimeFixture {
    /// America/New_York: daylight saving from March 8 to November 1, 2026.
    static let newYork = TimeZone(identifier: "America/New_York")!
    /// Europe/Berlin: daylight saving from March 29 to October 25, 2026.
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
    /// Wednesday, December 2, 2026, 10:30 in New York: the "now" of most tests.
    static let now = moment("2026-12-02 10:30")

    /// The instant of a local wall-clock time written "yyyy-MM-dd HH:mm".
    static func moment(_ local: String, in timeZone: TimeZone = newYork) -> Date {
        let numbers = local.split(whereSeparator: { "- :".contains($0) }).map { Int($0)! }
        let parts = DateComponents(
            year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4]
        )
        return calendar(in: timeZone).date(from: parts)!
    }

    /// A date written as local wall-clock time "yyyy-MM-dd HH:mm", or nil.
    static func local(_ date: Date?, in timeZone: TimeZone = newYork) -> String? {
        guard let date else { return nil }
        let parts = calendar(in: timeZone).dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let fields = [parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!]
            .map { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(fields[0])-\(fields[1])-\(fields[2]) \(fields[3]):\(fields[4])"
    }

    /// The local wall-clock time `phrase` resolves to, or nil when it is not a time.
    static func resolve(_ phrase: String, now: Date = now, in timeZone: TimeZone = newYork) -> String? {
        local(NaturalTimeParser(timeZone: timeZone).date(from: phrase, now: now), in: timeZone)
    }

    /// The first match in `text`, with the New York parser and the fixed "now".
    static func firstMatch(in text: String, now: Date = now) -> NaturalTimeMatch? {
        NaturalTimeParser(timeZone: newYork).firstMatch(in: text, now: now)
    }

    /// A Gregorian calendar in `timeZone`.
    private static func calendar(in timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
