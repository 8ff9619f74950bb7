import Foundation
import Testing

@testable import PiperCore

@Suite("Reference resolution")
struct ReferenceResolverTests {
    static let scope = Scope(workspace: Identifier(UUID()), owner: Identifier(UUID()))

    static func entry(_ event: LedgerEntry.Event, _ kind: LedgerEntry.SubjectKind, _ label: String) -> LedgerEntry {
        LedgerEntry(
            id: Identifier(UUID()), scope: scope, conversationID: nil, event: event, subjectKind: kind,
            subjectID: label, label: label, createdAt: Date())
    }

    @Test("'it' after an acting verb is the latest thing handled, and names its kind for the classifier")
    func pronoun() {
        let ledger = [Self.entry(.created, .todo, "call Sam"), Self.entry(.created, .project, "Atlas")]
        let resolution = ReferenceResolver.resolve("mark it done", ledger: ledger)
        #expect(resolution.text == "mark the todo done")
        #expect(resolution.reference?.label == "call Sam")
    }

    @Test("'that project' picks the latest project, skipping deleted ones")
    func demonstrative() {
        let ledger = [
            Self.entry(.deleted, .project, "Sandbox"), Self.entry(.created, .todo, "call Sam"),
            Self.entry(.created, .project, "Atlas"),
        ]
        #expect(ReferenceResolver.resolve("archive that project", ledger: ledger).reference?.label == "Atlas")
    }

    @Test("questions about Piper's own words are not references")
    func notReferences() {
        let ledger = [Self.entry(.created, .todo, "call Sam")]
        #expect(ReferenceResolver.resolve("why did you suggest that?", ledger: ledger).reference == nil)
        #expect(ReferenceResolver.resolve("delete the todo about the roadmap", ledger: ledger).reference == nil)
    }
}
