import Foundation
import Testing

@testable import PiperCore

/// Finding a time phrase inside a message, said on Wednesday, December 2, 2026 at 10:30 in New York.
@Suite("Natural time: finding phrases in messages")
struct PhraseMatchingTests {
    @Test(
        "the phrase, its range and its moment",
        arguments: [
            ("remind me tomorrow at 9 to call Sam", "tomorrow at 9", "2026-12-03 09:00"),
            ("ping me in 2 hrs about the deck", "in 2 hrs", "2026-12-02 12:30"),
            ("on friday at 2pm remind me to send the update", "on friday at 2pm", "2026-12-04 14:00"),
            ("Remind me NEXT MONDAY AT 10AM, thanks", "NEXT MONDAY AT 10AM", "2026-12-07 10:00"),
            ("send the update at 9.30pm.", "at 9.30pm", "2026-12-02 21:30"),
            ("schedule the review for next monday", "for next monday", "2026-12-07 09:00"),
            ("call Sam (tomorrow) please", "tomorrow", "2026-12-03 09:00"),
            ("look at 3 PRs tomorrow", "tomorrow", "2026-12-03 09:00"),
            ("I sat at 3pm with the team", "at 3pm", "2026-12-02 15:00"),
            ("ship v2.1 by EOD", "by EOD", "2026-12-02 17:00"),
            ("file issue 42 on Dec 3rd", "on Dec 3rd", "2026-12-03 09:00"),
            ("meet at 9 thanks", "at 9", "2026-12-03 09:00"),
            ("prep for tomorrow's standup", "for tomorrow", "2026-12-03 09:00"),
            ("call Sam tomorrow—before standup", "tomorrow", "2026-12-03 09:00"),
            ("Tuesday, December 15 works", "Tuesday, December 15", "2026-12-15 09:00"),
            ("lunch at 12 noon", "at 12 noon", "2026-12-02 12:00"),
        ])
    func findsPhrase(text: String, phrase: String, expected: String) throws {
        let match = try #require(TimeFixture.firstMatch(in: text))
        #expect(match.phrase == phrase)
        #expect(String(text[match.range]) == phrase)
        #expect(TimeFixture.local(match.date) == expected)
    }

    @Test(
        "numbers and words that are not times",
        arguments: [
            "issue 42", "#42", "review 3 PRs", "Q3", "v2.1", "look at 3 PRs", "12/3", "version 2.1 ships",
            "rated 3.5 stars", "in 3 PRs", "I sat down", "the sun is out", "we may ship it", "2 of 5 done",
            "at 3%", "PR #12 at v3", "", "call Sam", "we march 3 times", "2pm-3pm", "the 3rd", "next month", "may9",
        ])
    func noMatch(text: String) {
        #expect(TimeFixture.firstMatch(in: text) == nil)
    }

    @Test("a whole phrase must be a time; punctuation around it is fine")
    func wholePhrase() {
        #expect(TimeFixture.resolve("(tomorrow at 9).") == "2026-12-03 09:00")
        #expect(TimeFixture.resolve("  next Monday!  ") == "2026-12-07 09:00")
        #expect(TimeFixture.resolve("tomorrow at 9 to call Sam") == nil)
        #expect(TimeFixture.resolve("remind me tomorrow") == nil)
    }

    @Test("cutting the phrase out of the message leaves the request")
    func phraseCanBeRemoved() throws {
        let text = "remind me on Friday at 2pm to send the update"
        let match = try #require(TimeFixture.firstMatch(in: text))
        var request = text
        request.removeSubrange(match.range)
        #expect(request.split(separator: " ").joined(separator: " ") == "remind me to send the update")
    }

    @Test("the earliest phrase in the message wins")
    func earliestWins() throws {
        let match = try #require(TimeFixture.firstMatch(in: "move the sync to Monday at 10am, not Friday"))
        #expect(match.phrase == "Monday at 10am")
        let first = try #require(TimeFixture.firstMatch(in: "tomorrow, or else in 2 hours"))
        #expect(first.phrase == "tomorrow")
    }
}
