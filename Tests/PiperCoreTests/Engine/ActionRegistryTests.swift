import Foundation
import Testing

@testable import PiperCore

@Suite("Action registry")
struct ActionRegistryTests {
    @Test("defines every action once, with at least one example")
    func complete() {
        let registry = ActionRegistry.standard
        #expect(registry.definitions.map(\.name) == ActionName.allCases)
        #expect(registry.definitions.allSatisfy { !$0.examples.isEmpty && !$0.summary.isEmpty })
    }

    @Test("the corpus labels are exactly the registry's actions")
    func corpusMatchesRegistry() throws {
        let utterances = try IntentCorpus.parse(jsonl: IntentCorpus.bundledText)
        #expect(Set(utterances.map(\.action)) == Set(ActionRegistry.standard.labels))
        #expect(utterances.count >= 1_500)
        #expect(utterances.filter { $0.action == "out_of_scope" }.count >= 200)
    }

    @Test("destructive actions are exactly the ones the vocabulary marks")
    func effects() {
        let destructive = ActionRegistry.standard.definitions.filter(\.isDestructive).map(\.name)
        #expect(destructive == [.forget, .deleteProject, .deleteTodo, .closeIssue])
    }
}

@Suite("Action documentation")
struct ActionDocumentationTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/actions.md")

    @Test("docs/actions.md is generated from the registry")
    func fresh() throws {
        let expected = ActionRegistry.standard.markdown
        if ProcessInfo.processInfo.environment["PIPER_UPDATE_DOCS"] == "1" {
            try expected.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(
            committed == expected,
            "docs/actions.md is stale: run PIPER_UPDATE_DOCS=1 swift test --filter ActionDocumentation")
    }
}
