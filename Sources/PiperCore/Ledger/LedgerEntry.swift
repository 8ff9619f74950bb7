import Foundation

/// One thing Piper did or showed in a session, so "it" and "what did we create today" can be answered.
package struct LedgerEntry: Hashable, Sendable, Codable, Identifiable {
    /// The entry's identifier.
    package typealias ID = Identifier<LedgerEntry>

    /// What happened to the subject.
    package enum Event: String, Hashable, Sendable, Codable, CaseIterable {
        case created, completed, deleted, archived, restored, updated, linked, showed
    }

    /// The kind of thing the entry is about.
    package enum SubjectKind: String, Hashable, Sendable, Codable, CaseIterable {
        case todo, project, reminder, setting, context
    }

    /// The entry's identifier.
    package var id: ID
    /// Whose session it was.
    package var scope: Scope
    /// The conversation it happened in, if any.
    package var conversationID: Conversation.ID?
    /// What happened.
    package var event: Event
    /// The kind of subject.
    package var subjectKind: SubjectKind
    /// The subject's identifier, as text.
    package var subjectID: String
    /// A readable label such as the todo's title.
    package var label: String
    /// When it happened.
    package var createdAt: Date

    /// Creates an entry.
    package init(
        id: ID, scope: Scope, conversationID: Conversation.ID?, event: Event, subjectKind: SubjectKind,
        subjectID: String, label: String, createdAt: Date
    ) {
        self.id = id
        self.scope = scope
        self.conversationID = conversationID
        self.event = event
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.label = label
        self.createdAt = createdAt
    }
}
