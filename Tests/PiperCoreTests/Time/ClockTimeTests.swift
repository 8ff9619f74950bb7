import Foundation
import Testing

@testable import PiperCore

/// Clock times, said on Wednesday, December 2, 2026 at 10:30 in New York.
@Suite("Natural time: clock times")
struct ClockTimeTests {
    @Test(
        "written forms of a clock time",
        arguments: [
            ("at 9am", "2026-12-03 09:00"),
            ("at 9:30", "2026-12-03 09:30"),
            ("9.30pm", "2026-12-02 21:30"),
            ("at 9.30pm", "2026-12-02 21:30"),
            ("at 15:00", "2026-12-02 15:00"),
            ("15:00", "2026-12-02 15:00"),
            ("at 9 a.m.", "2026-12-03 09:00"),
            ("9 p.m.", "2026-12-02 21:00"),
            ("at 5 o'clock", "2026-12-02 17:00"),
            ("11 PM", "2026-12-02 23:00"),
        ])
    func writtenForms(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "a bare hour means working hours: 1–6 pm, 7–11 am, 12 noon",
        arguments: [
            ("at 1", "2026-12-02 13:00"),
            ("at 6", "2026-12-02 18:00"),
            ("at 6:30", "2026-12-02 18:30"),
            ("at 7", "2026-12-03 07:00"),
            ("at 11", "2026-12-02 11:00"),
            ("at 12", "2026-12-02 12:00"),
        ])
    func bareHours(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "a zero-padded hour is 24-hour time",
        arguments: [
            ("at 06:30", "2026-12-03 06:30"),
            ("at 09:00", "2026-12-03 09:00"),
            ("at 00:15", "2026-12-03 00:15"),
        ])
    func zeroPaddedHours(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test("a time without a day is today when still ahead, otherwise tomorrow")
    func nextOccurrence() {
        #expect(TimeFixture.resolve("at 9") == "2026-12-03 09:00")
        #expect(TimeFixture.resolve("at 10:45") == "2026-12-02 10:45")
        #expect(TimeFixture.resolve("at 10:30") == "2026-12-03 10:30", "a time equal to now is no longer ahead")
    }

    @Test("12am is midnight and 12pm is noon")
    func twelveOClock() {
        #expect(TimeFixture.resolve("at 12am") == "2026-12-03 00:00")
        #expect(TimeFixture.resolve("12pm") == "2026-12-02 12:00")
    }

    @Test(
        "noon and midnight",
        arguments: [
            ("noon", "2026-12-02 12:00"),
            ("at noon tomorrow", "2026-12-03 12:00"),
            ("midday", "2026-12-02 12:00"),
            ("midnight", "2026-12-03 00:00"),
            ("friday at midnight", "2026-12-05 00:00"),
        ])
    func namedTimes(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "end of day is 17:00",
        arguments: [
            ("EOD", "2026-12-02 17:00"),
            ("by end of day", "2026-12-02 17:00"),
            ("by the end of the day", "2026-12-02 17:00"),
            ("close of business", "2026-12-02 17:00"),
            ("EOD tomorrow", "2026-12-03 17:00"),
            ("friday eod", "2026-12-04 17:00"),
        ])
    func endOfDay(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test("end of day once passed is tomorrow's")
    func endOfDayAfterFive() {
        let evening = TimeFixture.moment("2026-12-02 18:00")
        #expect(TimeFixture.resolve("eod", now: evening) == "2026-12-03 17:00")
    }

    @Test(
        "a part of the day after a time",
        arguments: [
            ("at 7 in the evening", "2026-12-02 19:00"),
            ("at 8 in the morning", "2026-12-03 08:00"),
            ("at 3 in the afternoon", "2026-12-02 15:00"),
            ("at 11 at night", "2026-12-02 23:00"),
        ])
    func partOfDaySuffix(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "numbers that cannot be times",
        arguments: [
            "at 13pm", "at 25", "at 9:75", "at 0am",
        ])
    func impossibleTimes(phrase: String) {
        #expect(TimeFixture.resolve(phrase) == nil)
    }

    @Test("a clock time is an explicit time of day")
    func explicitTime() throws {
        let match = try #require(TimeFixture.firstMatch(in: "at 9"))
        #expect(match.hasExplicitTimeOfDay)
    }
}
