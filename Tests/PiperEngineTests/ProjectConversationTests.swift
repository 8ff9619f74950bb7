import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Projects and settings through the turn pipeline")
struct ProjectConversationTests {
    @Test("adds, lists, archives, restores, links and deletes projects", arguments: TestDatabase.availableDialects)
    func lifecycle(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            #expect(
                try await piper.say("add a project called Mobile Onboarding").text
                    == "Added the project “Mobile Onboarding”.")
            try await piper.say("add a project called Q2 Pricing")
            let duplicate = try await piper.say("add a project called mobile onboarding")
            #expect(duplicate.text.contains("already have a project"))

            #expect(try await piper.say("archive the Q2 pricing project").text == "Archived the project “Q2 Pricing”.")
            let listed = try await piper.say("list my projects")
            #expect(listed.text == "You have 1 active project and 1 archived.")
            #expect(try await piper.say("unarchive Q2 pricing").text == "Restored the project “Q2 Pricing”.")

            let linked = try await piper.say("link acme/web to the mobile onboarding project")
            #expect(linked.text == "Linked acme/web to “Mobile Onboarding”.")

            let asked = try await piper.say("delete the Q2 pricing project")
            #expect(asked.text.contains("“Q2 Pricing”"))
            #expect(try await piper.say("yes").text == "Deleted the project “Q2 Pricing”.")
            let remaining = try await piper.engine.projects.list(piper.scope, [.active, .archived])
            #expect(remaining.map(\.name) == ["Mobile Onboarding"])
            #expect(remaining.first?.repositories == ["acme/web"])
        }
    }

    @Test("finds a project named in lowercase when linking", arguments: TestDatabase.availableDialects)
    func linkByMention(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            try await piper.say("new project: Atlas")
            let linked = try await piper.say("link acme/atlas-web to atlas")
            #expect(linked.text == "Linked acme/atlas-web to “Atlas”.")
        }
    }

    @Test("remembers the working mode and default repository", arguments: TestDatabase.availableDialects)
    func settings(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            #expect(try await piper.say("what's my default repo?").text.contains("haven't set"))
            #expect(
                try await piper.say("set my default repo to acme/web").text
                    == "Your default repository is now acme/web.")
            #expect(try await piper.say("what's my default repo?").text == "Your default repository is acme/web.")
            _ = try await piper.say("from now on just do things without asking")
            #expect(try await piper.engine.preferences.preferences(piper.scope).workingMode == .justDoIt)
        }
    }
}
