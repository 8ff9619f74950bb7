import Foundation
import Testing

@testable import PiperCore

/// Wording moments for people, in New York on Wednesday, December 2, 2026 at 10:30.
@Suite("Time wording")
struct TimeWordingTests {
    private let wording = TimeWording(timeZone: TimeFixture.newYork)

    @Test(
        "today, tomorrow and yesterday by name",
        arguments: [
            ("2026-12-02 15:00", "today at 3:00 PM"),
            ("2026-12-03 09:00", "tomorrow at 9:00 AM"),
            ("2026-12-01 17:00", "yesterday at 5:00 PM"),
        ])
    func nearbyDays(local: String, expected: String) {
        #expect(wording.describe(TimeFixture.moment(local), relativeTo: TimeFixture.now) == expected)
    }

    @Test(
        "other days by weekday and date; other years with the year",
        arguments: [
            ("2026-12-07 09:00", "Monday, Dec 7 at 9:00 AM"),
            ("2026-11-20 14:30", "Friday, Nov 20 at 2:30 PM"),
            ("2027-01-04 09:00", "Monday, Jan 4, 2027 at 9:00 AM"),
        ])
    func farDays(local: String, expected: String) {
        #expect(wording.describe(TimeFixture.moment(local), relativeTo: TimeFixture.now) == expected)
    }

    @Test(
        "times of day on a 12-hour clock",
        arguments: [
            ("2026-12-02 00:00", "12:00 AM"),
            ("2026-12-02 09:05", "9:05 AM"),
            ("2026-12-02 12:00", "12:00 PM"),
            ("2026-12-02 23:59", "11:59 PM"),
        ])
    func timeOfDay(local: String, expected: String) {
        #expect(wording.timeOfDay(TimeFixture.moment(local)) == expected)
    }

    @Test(
        "parts of the day have the documented bounds",
        arguments: [
            ("2026-12-02 04:59", PartOfDay.night),
            ("2026-12-02 05:00", .morning),
            ("2026-12-02 11:59", .morning),
            ("2026-12-02 12:00", .afternoon),
            ("2026-12-02 16:59", .afternoon),
            ("2026-12-02 17:00", .evening),
            ("2026-12-02 21:59", .evening),
            ("2026-12-02 22:00", .night),
        ])
    func partOfDay(local: String, expected: PartOfDay) {
        #expect(wording.partOfDay(TimeFixture.moment(local)) == expected)
    }

    @Test("the wording follows the user's time zone")
    func timeZone() {
        let instant = TimeFixture.moment("2026-12-02 10:00")
        let berlin = TimeWording(timeZone: TimeFixture.berlin)
        #expect(wording.timeOfDay(instant) == "10:00 AM")
        #expect(berlin.timeOfDay(instant) == "4:00 PM")
        #expect(berlin.partOfDay(instant) == .afternoon)
    }

    @Test("just after local midnight is tomorrow, also on the day clocks change")
    func dayBoundaries() {
        let lateEvening = TimeFixture.moment("2026-12-02 23:30")
        #expect(
            wording.describe(TimeFixture.moment("2026-12-03 00:30"), relativeTo: lateEvening)
                == "tomorrow at 12:30 AM")
        let beforeSpringForward = TimeFixture.moment("2026-03-07 20:00")
        #expect(
            wording.describe(TimeFixture.moment("2026-03-08 09:00"), relativeTo: beforeSpringForward)
                == "tomorrow at 9:00 AM")
    }

    @Test("a parsed phrase worded back")
    func roundTrip() throws {
        let match = try #require(TimeFixture.firstMatch(in: "remind me next Monday at 9 to call Sam"))
        #expect(wording.describe(match.date, relativeTo: TimeFixture.now) == "Monday, Dec 7 at 9:00 AM")
    }
}
