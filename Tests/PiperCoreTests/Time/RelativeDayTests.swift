import Foundation
import Testing

@testable import PiperCore

/// "today", "tomorrow", "this evening" and friends, said on Wednesday, December 2, 2026 at 10:30 in New York.
@Suite("Natural time: relative days")
struct RelativeDayTests {
    @Test(
        "a day without a time uses the default hour",
        arguments: [
            ("today", "2026-12-02 09:00"),
            ("tomorrow", "2026-12-03 09:00"),
            ("Tomorrow", "2026-12-03 09:00"),
            ("tmrw", "2026-12-03 09:00"),
            ("tmr", "2026-12-03 09:00"),
            ("day after tomorrow", "2026-12-04 09:00"),
            ("the day after tomorrow", "2026-12-04 09:00"),
        ])
    func dayAtDefaultHour(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "a day with a time",
        arguments: [
            ("tomorrow at 9", "2026-12-03 09:00"),
            ("tmrw at 9", "2026-12-03 09:00"),
            ("tomorrow 9am", "2026-12-03 09:00"),
            ("today at 3pm", "2026-12-02 15:00"),
            ("the day after tomorrow at 3pm", "2026-12-04 15:00"),
            ("tomorrow, 9:30", "2026-12-03 09:30"),
        ])
    func dayWithTime(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "parts of the day have typical hours",
        arguments: [
            ("this morning", "2026-12-02 09:00"),
            ("this afternoon", "2026-12-02 15:00"),
            ("this evening", "2026-12-02 18:00"),
            ("tonight", "2026-12-02 20:00"),
            ("tomorrow morning", "2026-12-03 09:00"),
            ("tomorrow evening", "2026-12-03 18:00"),
            ("friday afternoon", "2026-12-04 15:00"),
        ])
    func partsOfDay(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "a named part of the day decides am or pm for a bare hour",
        arguments: [
            ("tomorrow morning at 7", "2026-12-03 07:00"),
            ("this evening at 7", "2026-12-02 19:00"),
            ("tonight at 11", "2026-12-02 23:00"),
            ("tomorrow afternoon at 2", "2026-12-03 14:00"),
            ("tomorrow night at 1", "2026-12-04 01:00"),
            ("at 9 tonight", "2026-12-02 21:00"),
        ])
    func partOfDayReadsBareHour(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test("a day with no time of day reports that the default hour was used")
    func defaultHourIsReported() throws {
        let match = try #require(TimeFixture.firstMatch(in: "tomorrow"))
        #expect(match.hasExplicitTimeOfDay == false)
        let morning = try #require(TimeFixture.firstMatch(in: "tomorrow morning"))
        #expect(morning.hasExplicitTimeOfDay)
    }

    @Test("the default hour can be changed")
    func customDefaultHour() {
        let parser = NaturalTimeParser(timeZone: TimeFixture.newYork, defaultHour: 8)
        let date = parser.date(from: "tomorrow", now: TimeFixture.now)
        #expect(TimeFixture.local(date) == "2026-12-03 08:00")
    }

    @Test("moments already past are returned as they are")
    func pastIsKept() {
        #expect(TimeFixture.resolve("yesterday") == "2026-12-01 09:00")
        #expect(TimeFixture.resolve("this morning") == "2026-12-02 09:00")
        #expect(TimeFixture.resolve("today at 8am") == "2026-12-02 08:00")
    }
}
