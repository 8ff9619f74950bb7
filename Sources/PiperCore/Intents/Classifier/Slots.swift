import Foundation

/// The values a message names for its action; every field is optional and JSON omits the missing ones.
package struct Slots: Sendable, Codable, Equatable, Hashable {
    /// The number of an issue or pull request, from "#42", "issue 42", "ticket 42" or "PROJ-42".
    package var issueNumber: Int?
    /// A repository as `owner/name`.
    package var repo: String?
    /// A project's name as written.
    package var project: String?
    /// Which todo: a position ("2") or words that describe it ("roadmap").
    package var todoRef: String?
    /// A title or body: the todo, reminder, issue or comment text.
    package var text: String?
    /// A natural time phrase as written ("tomorrow at 9").
    package var when: String?
    /// The tracker named: `github`, `jira` or `linear`.
    package var tracker: String?
    /// A person or role ("Sam", "CEO").
    package var person: String?
    /// A document named or described ("PRD", "pricing tiers").
    package var document: String?

    /// Creates slots; every field defaults to absent.
    package init(
        issueNumber: Int? = nil,
        repo: String? = nil,
        project: String? = nil,
        todoRef: String? = nil,
        text: String? = nil,
        when: String? = nil,
        tracker: String? = nil,
        person: String? = nil,
        document: String? = nil
    ) {
        self.issueNumber = issueNumber
        self.repo = repo
        self.project = project
        self.todoRef = todoRef
        self.text = text
        self.when = when
        self.tracker = tracker
        self.person = person
        self.document = document
    }

    /// The JSON names of the slots, as ACTIONS.md spells them.
    package enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        /// `issue_number`.
        case issueNumber = "issue_number"
        /// `repo`.
        case repo
        /// `project`.
        case project
        /// `todo_ref`.
        case todoRef = "todo_ref"
        /// `text`.
        case text
        /// `when`.
        case when
        /// `tracker`.
        case tracker
        /// `person`.
        case person
        /// `document`.
        case document
    }

    /// Whether no slot is present.
    package var isEmpty: Bool { self == Slots() }
}
