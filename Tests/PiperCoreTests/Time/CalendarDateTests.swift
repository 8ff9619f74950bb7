import Foundation
import Testing

@testable import PiperCore

/// Calendar dates, said on Wednesday, December 2, 2026 at 10:30 in New York.
@Suite("Natural time: calendar dates")
struct CalendarDateTests {
    @Test(
        "month-name dates",
        arguments: [
            ("Dec 3", "2026-12-03 09:00"),
            ("December 3rd", "2026-12-03 09:00"),
            ("3 December", "2026-12-03 09:00"),
            ("the 3rd of December", "2026-12-03 09:00"),
            ("on Dec. 3", "2026-12-03 09:00"),
            ("Dec 3 at 2pm", "2026-12-03 14:00"),
            ("at 2pm on December 3rd", "2026-12-03 14:00"),
        ])
    func monthNames(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "a date without a year is its next occurrence, today included",
        arguments: [
            ("Dec 2", "2026-12-02 09:00"),
            ("Dec 1", "2027-12-01 09:00"),
            ("January 15", "2027-01-15 09:00"),
            ("Feb 29", "2028-02-29 09:00"),
        ])
    func nextOccurrence(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "a date with a year is taken as written, even when past",
        arguments: [
            ("Dec 3, 2026", "2026-12-03 09:00"),
            ("3 December 2027", "2027-12-03 09:00"),
            ("Dec 3, 2025", "2025-12-03 09:00"),
        ])
    func explicitYear(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "ISO dates, with or without a time",
        arguments: [
            ("2026-12-03", "2026-12-03 09:00"),
            ("2026-12-03 14:00", "2026-12-03 14:00"),
            ("2026-12-03T14:00", "2026-12-03 14:00"),
            ("2026-12-03 at 2pm", "2026-12-03 14:00"),
            ("2025-06-01", "2025-06-01 09:00"),
        ])
    func isoDates(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test("an ISO date with a time is explicit, without one it is not")
    func isoExplicitness() throws {
        #expect(try #require(TimeFixture.firstMatch(in: "2026-12-03 14:00")).hasExplicitTimeOfDay)
        #expect(try #require(TimeFixture.firstMatch(in: "2026-12-03")).hasExplicitTimeOfDay == false)
    }

    @Test(
        "dates that do not exist or are ambiguous are not times",
        arguments: [
            "Feb 30", "2026-02-30", "2026-13-01", "12/3", "12/3/2026", "Dec 32",
        ])
    func notDates(phrase: String) {
        #expect(TimeFixture.resolve(phrase) == nil)
    }
}
