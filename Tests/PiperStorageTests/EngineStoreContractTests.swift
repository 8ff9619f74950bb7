import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

/// The engine's stores, on every database, including that a colleague in the same workspace and a user of
/// another workspace see none of it.
@Suite("Engine stores contract")
struct EngineStoreContractTests {
    struct Tenants: Sendable {
        var owner: Scope
        var colleague: Scope
        var stranger: Scope
        var conversation: Conversation
    }

    static func withTenants(
        _ dialect: Dialect, _ body: @escaping @Sendable (Database, Tenants) async throws -> Void
    ) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let accounts = AccountStore.sql(database)
            let workspace = Fixtures.workspace()
            let owner = try await Fixtures.makeScope(in: accounts, workspace: workspace)
            let colleague = try await Fixtures.makeScope(in: accounts, workspace: workspace, role: .member)
            let stranger = try await Fixtures.makeScope(in: accounts)
            let conversation = Fixtures.conversation(in: owner)
            try await ConversationStore.sql(database).insert(conversation)
            try await body(
                database, Tenants(owner: owner, colleague: colleague, stranger: stranger, conversation: conversation))
        }
    }

    @Test(
        "todos: numbered per user, never reused, updated and deleted in scope",
        arguments: TestDatabase.availableDialects)
    func todos(dialect: Dialect) async throws {
        try await Self.withTenants(dialect) { database, tenants in
            let store = TodoStore.sql(database)
            let first = try await store.create(tenants.owner, IDGenerator.random.next(), "Review roadmap", Fixtures.now)
            let second = try await store.create(tenants.owner, IDGenerator.random.next(), "Call Sam", Fixtures.now)
            let colleagues = try await store.create(
                tenants.colleague, IDGenerator.random.next(), "Theirs", Fixtures.now)
            let numbers: [Int] = [first.number, second.number, colleagues.number]
            #expect(numbers == [1, 2, 1])
            try await store.delete(tenants.owner, second.id)
            let third = try await store.create(tenants.owner, IDGenerator.random.next(), "Draft memo", Fixtures.now)
            #expect(third.number == 3)

            let done = try await store.update(tenants.owner, first.with(status: .done, at: Fixtures.now))
            #expect(done.status == .done && done.completedAt == Fixtures.now)
            #expect(try await store.list(tenants.owner, [.open]).map(\.title) == ["Draft memo"])
            #expect(try await store.list(tenants.owner, [.open, .done]).map(\.number) == [1, 3])

            for outsider in [tenants.colleague, tenants.stranger] {
                #expect(try await store.find(outsider, first.id) == nil)
                #expect(try await !store.list(outsider, [.open, .done]).contains { $0.id == first.id })
                await #expect(throws: TodoError.notFound(first.id)) { try await store.update(outsider, first) }
                await #expect(throws: TodoError.notFound(first.id)) { try await store.delete(outsider, first.id) }
            }
            #expect(try await store.find(tenants.owner, first.id) != nil)
        }
    }

    @Test(
        "projects: unique names per user regardless of case, repositories kept",
        arguments: TestDatabase.availableDialects)
    func projects(dialect: Dialect) async throws {
        try await Self.withTenants(dialect) { database, tenants in
            let store = ProjectStore.sql(database)
            let project = Project(
                id: IDGenerator.random.next(), scope: tenants.owner, name: "Mobile Onboarding", status: .active,
                repositories: ["acme/app"], createdAt: Fixtures.now, updatedAt: Fixtures.now)
            try await store.insert(project)
            var clash = project
            clash.id = IDGenerator.random.next()
            clash.name = "mobile  ONBOARDING"
            await #expect(throws: ProjectError.duplicateName("mobile  ONBOARDING")) { try await store.insert(clash) }
            clash.scope = tenants.colleague
            try await store.insert(clash)

            var archived = project
            archived.status = .archived
            archived.repositories.append("acme/web")
            #expect(try await store.update(tenants.owner, archived).repositories == ["acme/app", "acme/web"])
            #expect(try await store.list(tenants.owner, [.active]).isEmpty)
            #expect(try await store.list(tenants.owner, [.archived]).map(\.name) == ["Mobile Onboarding"])

            for outsider in [tenants.colleague, tenants.stranger] {
                #expect(try await store.find(outsider, project.id) == nil)
                await #expect(throws: ProjectError.notFound(project.id)) {
                    try await store.delete(outsider, project.id)
                }
            }
            try await store.delete(tenants.owner, project.id)
            #expect(try await store.find(tenants.owner, project.id) == nil)
        }
    }

    @Test(
        "reminders: fire once, in their conversation, and cancel only in scope",
        arguments: TestDatabase.availableDialects)
    func reminders(dialect: Dialect) async throws {
        try await Self.withTenants(dialect) { database, tenants in
            let store = ReminderStore.sql(database)
            let due = Reminder(
                id: IDGenerator.random.next(), scope: tenants.owner, conversationID: tenants.conversation.id,
                text: "call Sam", dueAt: Fixtures.now, status: .pending, createdAt: Fixtures.now)
            let later = Reminder(
                id: IDGenerator.random.next(), scope: tenants.owner, conversationID: nil, text: "send the memo",
                dueAt: Fixtures.now.addingTimeInterval(3600), status: .pending, createdAt: Fixtures.now)
            try await store.insert(due)
            try await store.insert(later)
            await #expect(throws: ReminderError.notFound(later.id)) {
                try await store.cancel(tenants.stranger, later.id)
            }
            #expect(try await store.list(tenants.colleague, [.pending]).isEmpty)

            let wording: @Sendable (Reminder) -> TurnDraftContent = { reminder in
                ReminderFiring.content(for: reminder, ids: .random, now: Fixtures.now)
            }
            let fired = try await store.fireDue(Fixtures.now, 10, wording)
            #expect(fired.map(\.reminder.id) == [due.id])
            #expect(fired.first?.turn.conversationID == tenants.conversation.id)
            #expect(try await store.fireDue(Fixtures.now, 10, wording).isEmpty)

            let cancelled = try await store.cancel(tenants.owner, later.id)
            #expect(cancelled.status == .cancelled)
            #expect(try await store.fireDue(Fixtures.now.addingTimeInterval(7200), 10, wording).isEmpty)
            #expect(
                try await store.list(tenants.owner, Set(Reminder.Status.allCases)).map(\.status) == [
                    .fired, .cancelled,
                ])
        }
    }

    @Test("a reminder without a conversation starts one", arguments: TestDatabase.availableDialects)
    func reminderWithoutConversation(dialect: Dialect) async throws {
        try await Self.withTenants(dialect) { database, tenants in
            let store = ReminderStore.sql(database)
            try await store.insert(
                Reminder(
                    id: IDGenerator.random.next(), scope: tenants.stranger, conversationID: nil, text: "stretch",
                    dueAt: Fixtures.now, status: .pending, createdAt: Fixtures.now))
            let fired = try await store.fireDue(Fixtures.now, 10) {
                ReminderFiring.content(for: $0, ids: .random, now: Fixtures.now)
            }
            let conversationID = try #require(fired.first?.turn.conversationID)
            let conversation = try await ConversationStore.sql(database).find(tenants.stranger, conversationID)
            #expect(conversation?.title == "Reminders")
        }
    }

    @Test("preferences and context: defaults, saves and scope", arguments: TestDatabase.availableDialects)
    func preferences(dialect: Dialect) async throws {
        try await Self.withTenants(dialect) { database, tenants in
            let store = PreferenceStore.sql(database)
            #expect(try await store.preferences(tenants.owner) == UserPreferences())
            #expect(try await store.context(tenants.owner).isEmpty)
            try await store.savePreferences(
                tenants.owner, UserPreferences(workingMode: .justDoIt, defaultRepository: "acme/web"))
            try await store.savePreferences(
                tenants.owner, UserPreferences(workingMode: .justDoIt, defaultRepository: "acme/api"))
            let context = PersonalContext(
                role: "PM", focus: "Checkout", priorities: ["Ship it", "Hire"], notes: "Prefers short answers",
                updatedAt: Fixtures.now)
            try await store.saveContext(tenants.owner, context)
            #expect(try await store.preferences(tenants.owner).defaultRepository == "acme/api")
            #expect(try await store.context(tenants.owner) == context)
            #expect(try await store.preferences(tenants.colleague) == UserPreferences())
            #expect(try await store.context(tenants.stranger).isEmpty)
        }
    }

    @Test(
        "offers: one per conversation, invisible and unsettable outside the scope",
        arguments: TestDatabase.availableDialects)
    func offers(dialect: Dialect) async throws {
        try await Self.withTenants(dialect) { database, tenants in
            let store = OfferStore.sql(database)
            let offer = PendingOffer(
                conversationID: tenants.conversation.id, action: .deleteTodo, slots: Slots(todoRef: "id:1"),
                kind: .confirmation, prompt: "Delete?", createdAt: Fixtures.now)
            try await store.put(tenants.owner, offer)
            var replacement = offer
            replacement.kind = .missingSlot(.when)
            try await store.put(tenants.owner, replacement)
            try await store.put(tenants.stranger, offer)
            #expect(try await store.current(tenants.owner, tenants.conversation.id) == replacement)
            #expect(try await store.current(tenants.stranger, tenants.conversation.id) == nil)
            try await store.clear(tenants.colleague, tenants.conversation.id)
            #expect(try await store.current(tenants.owner, tenants.conversation.id) != nil)
            try await store.clear(tenants.owner, tenants.conversation.id)
            #expect(try await store.current(tenants.owner, tenants.conversation.id) == nil)
        }
    }

    @Test("ledger: newest first, since a moment, in scope", arguments: TestDatabase.availableDialects)
    func ledger(dialect: Dialect) async throws {
        try await Self.withTenants(dialect) { database, tenants in
            let store = LedgerStore.sql(database)
            let entries = (0..<3).map { index in
                LedgerEntry(
                    id: IDGenerator.random.next(), scope: tenants.owner, conversationID: tenants.conversation.id,
                    event: .created, subjectKind: .todo, subjectID: "\(index)", label: "todo \(index)",
                    createdAt: Fixtures.now.addingTimeInterval(Double(index)))
            }
            try await store.append(tenants.owner, entries)
            let recent = try await store.entries(tenants.owner, Fixtures.now.addingTimeInterval(1), nil, 10)
            #expect(recent.map(\.label) == ["todo 2", "todo 1"])
            #expect(try await store.entries(tenants.colleague, Fixtures.now, nil, 10).isEmpty)
            #expect(try await store.entries(tenants.owner, Fixtures.now, tenants.conversation.id, 1).count == 1)
        }
    }
}
