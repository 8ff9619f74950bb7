import Foundation

extension Reminder {
    /// The longest text a reminder may have.
    package static let maximumTextLength = 500

    /// A trimmed text of 1 to ``maximumTextLength`` characters, or ``ReminderError/invalidText``.
    package static func validatedText(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...maximumTextLength).contains(trimmed.count) else { throw ReminderError.invalidText }
        return trimmed
    }

    /// The moment a time phrase names ("tomorrow at 9", or a sentence containing one), or `nil`.
    package static func time(in phrase: String, now: Date, timeZone: TimeZone) -> Date? {
        let parser = NaturalTimeParser(timeZone: timeZone)
        return parser.date(from: phrase, now: now) ?? parser.firstMatch(in: phrase, now: now)?.date
    }

    /// The due time from an exact instant or a natural phrase, which must lie in the future.
    package static func dueTime(exact: Date?, phrase: String?, now: Date, timeZone: TimeZone) throws -> Date {
        let due = exact ?? phrase.flatMap { time(in: $0, now: now, timeZone: timeZone) }
        guard let due, due > now else { throw ReminderError.invalidTime(phrase ?? "") }
        return due
    }
}
