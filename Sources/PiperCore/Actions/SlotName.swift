/// A piece of a request the classifier extracts, such as an issue number or a time.
package enum SlotName: String, Hashable, Sendable, Codable, CaseIterable {
    case issueNumber = "issue_number"
    case repo
    case project
    case todoRef = "todo_ref"
    case text
    case when
    case tracker
    case person
    case document
}
