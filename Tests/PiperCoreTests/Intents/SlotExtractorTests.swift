import Foundation
import Testing

@testable import PiperCore

@Suite("Slot extraction")
struct SlotExtractorTests {
    private let extractor = SlotExtractor()

    private func slots(_ text: String, _ action: String) -> Slots {
        extractor.slots(in: text, action: action, now: IntentTestFixtures.now, timeZone: IntentTestFixtures.timeZone)
    }

    @Test(
        "issue numbers from #42, issue 42, ticket 42 and tracker keys",
        arguments: [
            ("close #42", 42), ("show me issue 42", 42), ("reopen ticket #7", 7), ("comment on PROJ-123", 123),
        ])
    func issueNumber(text: String, number: Int) {
        #expect(slots(text, "close_issue").issueNumber == number)
    }

    @Test("repositories as owner/name, also inside links")
    func repository() {
        #expect(slots("set my default repo to acme/web", "set_default_repo").repo == "acme/web")
        #expect(slots("link https://github.com/acme/api to Atlas", "link_repo").repo == "acme/api")
        #expect(slots("pros and/or cons", "prioritize").repo == nil)
    }

    @Test("projects from naming phrases, the X project and portfolio verbs")
    func project() {
        #expect(slots("add a project called Mobile Onboarding", "add_project").project == "Mobile Onboarding")
        #expect(slots("archive the Q2 pricing project", "archive_project").project == "Q2 pricing")
        #expect(slots("unarchive Helix", "restore_project").project == "Helix")
        #expect(
            slots("link acme/web to the checkout project", "link_repo") == Slots(repo: "acme/web", project: "checkout"))
    }

    @Test(
        "todo references by number, hash, ordinal or description",
        arguments: [
            ("mark todo 2 as done", "2"), ("check off #3", "3"), ("the second one is done", "2"),
            ("mark the roadmap todo as done", "roadmap"), ("delete the roadmap one", "roadmap"),
            ("scrap the todo about renaming things", "renaming things"),
        ])
    func todoReference(text: String, reference: String) {
        #expect(slots(text, "complete_todo").todoRef == reference)
    }

    @Test("todo text follows the cue")
    func todoText() {
        #expect(slots("add a todo to review the Q3 roadmap", "create_todo").text == "review the Q3 roadmap")
        #expect(slots("task: update the pricing page", "create_todo").text == "update the pricing page")
        #expect(slots("put call legal on my todo list", "create_todo").text == "call legal")
    }

    @Test("a reminder's time phrase is its own slot and leaves the text")
    func reminder() {
        let reminder = slots("remind me tomorrow at 9 to call Sam", "create_reminder")
        #expect(reminder.when == "tomorrow at 9")
        #expect(reminder.text == "call Sam")
        let trailing = slots("remind me to send the deck in 2 hours", "create_reminder")
        #expect(trailing.when == "in 2 hours")
        #expect(trailing.text == "send the deck")
    }

    @Test("trackers, people and documents")
    func trackerPersonDocument() {
        let issue = slots("open a Jira ticket: export times out", "create_issue")
        #expect(issue.tracker == "jira")
        #expect(issue.text == "export times out")
        #expect(slots("assign #17 to Sam", "update_issue") == Slots(issueNumber: 17, person: "Sam"))
        #expect(slots("when can I meet with priya this week", "find_free_time").person == "priya")
        #expect(slots("find the doc about pricing tiers", "search_documents").document == "pricing tiers")
        #expect(slots("summarize the PRD I uploaded", "summarize_document").document == "PRD")
    }

    @Test("quoted titles win for issue updates")
    func quotedTitle() {
        let update = slots("change the title of #42 to 'Fix login'", "update_issue")
        #expect(update == Slots(issueNumber: 42, text: "Fix login"))
    }
}
