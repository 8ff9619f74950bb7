import Foundation
import Testing

@testable import PiperCore

/// Spans from now, said on Wednesday, December 2, 2026 at 10:30 in New York.
@Suite("Natural time: spans")
struct SpanTests {
    @Test(
        "minutes and hours are exact elapsed time",
        arguments: [
            ("in 5 minutes", "2026-12-02 10:35"),
            ("in 5 mins", "2026-12-02 10:35"),
            ("in 5 min", "2026-12-02 10:35"),
            ("in 2 hours", "2026-12-02 12:30"),
            ("in 2 hrs", "2026-12-02 12:30"),
            ("in 2h", "2026-12-02 12:30"),
            ("in 2 h", "2026-12-02 12:30"),
            ("in an hour", "2026-12-02 11:30"),
            ("in half an hour", "2026-12-02 11:00"),
            ("in two hours", "2026-12-02 12:30"),
            ("90 minutes from now", "2026-12-02 12:00"),
            ("in 10 minutes from now", "2026-12-02 10:40"),
        ])
    func elapsed(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test(
        "days, weeks and months name a day at the default hour",
        arguments: [
            ("in a day", "2026-12-03 09:00"),
            ("in 3 days", "2026-12-05 09:00"),
            ("in a week", "2026-12-09 09:00"),
            ("in 2 weeks", "2026-12-16 09:00"),
            ("3 days from now", "2026-12-05 09:00"),
            ("in 2 months", "2027-02-02 09:00"),
        ])
    func calendarSpans(phrase: String, expected: String) {
        #expect(TimeFixture.resolve(phrase) == expected)
    }

    @Test("a span of days takes a time")
    func spanWithTime() {
        #expect(TimeFixture.resolve("in 2 days at 3pm") == "2026-12-04 15:00")
        #expect(TimeFixture.resolve("at 3pm in 2 days") == "2026-12-04 15:00")
    }

    @Test("an elapsed span is an explicit time of day, a span of days is not")
    func explicitness() throws {
        #expect(try #require(TimeFixture.firstMatch(in: "in 2 hours")).hasExplicitTimeOfDay)
        #expect(try #require(TimeFixture.firstMatch(in: "in 3 days")).hasExplicitTimeOfDay == false)
    }
}
