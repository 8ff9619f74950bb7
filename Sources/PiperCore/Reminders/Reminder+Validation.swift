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

    /// The due time from an exact instant or a natural phrase, which must lie in the future.
    package static func dueTime(exact: Date?, phrase: String?, now: Date, timeZone: TimeZone) throws -> Date {
        let due: Date?
        if let exact {
            due = exact
        } else if let phrase {
            due = NaturalTimeParser(timeZone: timeZone).date(from: phrase, now: now)
        } else {
            due = nil
        }
        guard let due, due > now else { throw ReminderError.invalidTime(phrase ?? "") }
        return due
    }
}
