import Foundation
import Testing

@testable import PiperCore

/// Weekdays and weeks, said on Wednesday, December 2, 2026 at 10:30 in New York.
@Suite("Natural time: weekdays")
struct WeekdayTests {
    @Test(
        "a weekday is the next such day after today",
        arguments: [
            ("next Monday", "2026-12-07 09:00"),
            ("Monday", "2026-12-07 09:00"),
            ("on Friday", "2026-12-04 09:00"),
            ("this Thursday", "2026-12-03 09:00"),
            ("this coming friday", "2026-12-04 09:00"),
            ("on Tuesday", "2026-12-08 09:00"),
        ])
    func weekdays(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test("today's weekday means next week's day; only \"today\" names today")
    func sameWeekdayIsNextWeek() {
        #expect(TimeFixture.resolve("on Wednesday") == "2026-12-09 09:00")
        #expect(TimeFixture.resolve("next wednesday") == "2026-12-09 09:00")
        #expect(TimeFixture.resolve("today") == "2026-12-02 09:00")
    }

    @Test(
        "a weekday with a time",
        arguments: [
            ("friday at 2pm", "2026-12-04 14:00"),
            ("on friday at 2pm", "2026-12-04 14:00"),
            ("next monday at 10am", "2026-12-07 10:00"),
            ("at 3pm on Friday", "2026-12-04 15:00"),
            ("noon friday", "2026-12-04 12:00"),
            ("Monday at 9", "2026-12-07 09:00"),
        ])
    func weekdayWithTime(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test("abbreviated weekdays need a qualifier or a time")
    func abbreviations() {
        #expect(TimeFixture.resolve("fri at 2pm") == "2026-12-04 14:00")
        #expect(TimeFixture.resolve("on sat") == "2026-12-05 09:00")
        #expect(TimeFixture.resolve("next tue") == "2026-12-08 09:00")
        #expect(TimeFixture.resolve("fri") == nil)
        #expect(TimeFixture.resolve("sat at 3pm") == nil)
    }

    @Test("next week is next Monday at the default hour")
    func nextWeek() throws {
        #expect(TimeFixture.resolve("next week") == "2026-12-07 09:00")
        let match = try #require(TimeFixture.firstMatch(in: "let's revisit next week"))
        #expect(match.phrase == "next week")
        #expect(match.hasExplicitTimeOfDay == false)
    }

    @Test(
        "end of week is Friday at 17:00",
        arguments: [
            "end of week", "end of the week", "by the end of the week", "EOW", "by end of this week",
        ])
    func endOfWeek(phrase: String) {
        #expect(TimeFixture.resolve(phrase) == "2026-12-04 17:00")
    }

    @Test("end of next week is the Friday after next Monday")
    func endOfNextWeek() {
        let saturday = TimeFixture.moment("2026-12-05 12:00")
        #expect(TimeFixture.resolve("end of next week") == "2026-12-11 17:00")
        #expect(TimeFixture.resolve("by the end of next week") == "2026-12-11 17:00")
        #expect(TimeFixture.resolve("end of next week", now: saturday) == "2026-12-11 17:00")
    }

    @Test("end of week after Friday 17:00 is next week's Friday")
    func endOfWeekRollsOver() {
        let fridayMorning = TimeFixture.moment("2026-12-04 08:00")
        let fridayEvening = TimeFixture.moment("2026-12-04 18:00")
        let saturday = TimeFixture.moment("2026-12-05 12:00")
        #expect(TimeFixture.resolve("end of week", now: fridayMorning) == "2026-12-04 17:00")
        #expect(TimeFixture.resolve("end of week", now: fridayEvening) == "2026-12-11 17:00")
        #expect(TimeFixture.resolve("end of week", now: saturday) == "2026-12-11 17:00")
    }
}
