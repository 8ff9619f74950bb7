import Foundation
import Testing

@testable import PiperCore

/// Phrases resolved across daylight-saving changes keep their wall-clock time.
@Suite("Natural time: daylight saving")
struct DaylightSavingTests {
    /// The instant of an ISO 8601 UTC timestamp.
    private func utc(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    @Test("New York spring forward: tomorrow at 9 is 9:00 EDT")
    func newYorkSpringForward() throws {
        let saturdayEvening = TimeFixture.moment("2026-03-07 20:00")
        let parser = NaturalTimeParser(timeZone: TimeFixture.newYork)
        #expect(parser.date(from: "tomorrow at 9", now: saturdayEvening) == (try utc("2026-03-08T13:00:00Z")))
        #expect(parser.date(from: "in a day", now: saturdayEvening) == (try utc("2026-03-08T13:00:00Z")))
    }

    @Test("New York spring forward: 24 hours later is 21:00 on the wall clock")
    func elapsedHoursAreExact() {
        let saturdayEvening = TimeFixture.moment("2026-03-07 20:00")
        #expect(TimeFixture.resolve("in 24 hours", now: saturdayEvening) == "2026-03-08 21:00")
    }

    @Test("a wall-clock time skipped by spring forward moves on by the gap: 2:30 becomes 3:30 EDT")
    func skippedTime() throws {
        let saturdayEvening = TimeFixture.moment("2026-03-07 20:00")
        let parser = NaturalTimeParser(timeZone: TimeFixture.newYork)
        #expect(parser.date(from: "tomorrow at 2:30am", now: saturdayEvening) == (try utc("2026-03-08T07:30:00Z")))
    }

    @Test("New York fall back: tomorrow at 9 is 9:00 EST")
    func newYorkFallBack() throws {
        let saturdayEvening = TimeFixture.moment("2026-10-31 20:00")
        let parser = NaturalTimeParser(timeZone: TimeFixture.newYork)
        #expect(parser.date(from: "tomorrow at 9", now: saturdayEvening) == (try utc("2026-11-01T14:00:00Z")))
    }

    @Test("Berlin spring forward: tomorrow at 9 is 9:00 CEST")
    func berlinSpringForward() throws {
        let saturdayNoon = TimeFixture.moment("2026-03-28 12:00", in: TimeFixture.berlin)
        let parser = NaturalTimeParser(timeZone: TimeFixture.berlin)
        #expect(parser.date(from: "tomorrow at 9", now: saturdayNoon) == (try utc("2026-03-29T07:00:00Z")))
    }

    @Test("Berlin fall back: next monday at 10am is 10:00 CET")
    func berlinFallBack() throws {
        let friday = TimeFixture.moment("2026-10-23 16:00", in: TimeFixture.berlin)
        let parser = NaturalTimeParser(timeZone: TimeFixture.berlin)
        #expect(parser.date(from: "next monday at 10am", now: friday) == (try utc("2026-10-26T09:00:00Z")))
    }

    @Test("the same words name different instants in different time zones")
    func timeZoneMatters() throws {
        let instant = try utc("2026-12-02T15:30:00Z")
        let inNewYork = NaturalTimeParser(timeZone: TimeFixture.newYork).date(from: "tomorrow at 9", now: instant)
        let inBerlin = NaturalTimeParser(timeZone: TimeFixture.berlin).date(from: "tomorrow at 9", now: instant)
        #expect(inNewYork == (try utc("2026-12-03T14:00:00Z")))
        #expect(inBerlin == (try utc("2026-12-03T08:00:00Z")))
    }

    @Test("\"today\" follows the user's time zone, not UTC")
    func todayIsLocal() {
        let lateEvening = TimeFixture.moment("2026-12-02 23:30")
        #expect(TimeFixture.resolve("tomorrow at 9", now: lateEvening) == "2026-12-03 09:00")
        #expect(TimeFixture.resolve("at 1", now: lateEvening) == "2026-12-03 13:00")
    }
}
