import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport

/// One row per owner-bearing table for one tenant, written through the stores.
enum RowSecuritySeed {
    /// The tables ``fill(_:_:conversation:)`` writes a row to.
    static let tables = [
        "conversations", "turns", "todos", "todo_counters", "projects", "reminders", "user_preferences",
        "personal_contexts", "pending_offers", "ledger_entries", "user_secrets", "audit_events", "sessions",
        "refresh_tokens", "api_tokens",
    ]

    /// The master key the seeded secrets are sealed with (32 zero bytes: fine for a test).
    static func master() throws -> MasterKey {
        try MasterKey(base64: String(repeating: "A", count: 43) + "=")
    }

    /// Writes a conversation with a turn and a pending offer, a todo, a project, a reminder, preferences,
    /// a personal context, a ledger entry, a secret, an audit event, a session and an API token for `scope`.
    static func fill(_ database: Database, _ scope: Scope, conversation: Conversation) async throws {
        let conversations = ConversationStore.sql(database)
        if try await conversations.find(scope, conversation.id) == nil { try await conversations.insert(conversation) }
        _ = try await conversations.appendTurn(scope, Fixtures.draft("hello", in: conversation.id))
        _ = try await TodoStore.sql(database).create(
            scope, IDGenerator.random.next(), "Todo of \(scope.owner)", Fixtures.now)
        try await ProjectStore.sql(database).insert(
            Project(
                id: IDGenerator.random.next(), scope: scope, name: "Launch", status: .active, repositories: [],
                createdAt: Fixtures.now, updatedAt: Fixtures.now))
        try await ReminderStore.sql(database).insert(
            Reminder(
                id: IDGenerator.random.next(), scope: scope, conversationID: conversation.id, text: "call Sam",
                dueAt: Fixtures.now, status: .pending, createdAt: Fixtures.now))
        try await fillPersonal(database, scope, conversation: conversation)
    }

    private static func fillPersonal(_ database: Database, _ scope: Scope, conversation: Conversation) async throws {
        let preferences = PreferenceStore.sql(database)
        try await preferences.savePreferences(scope, UserPreferences(workingMode: .justDoIt, defaultRepository: nil))
        try await preferences.saveContext(
            scope, PersonalContext(role: "PM", focus: "Checkout", priorities: [], notes: "", updatedAt: Fixtures.now))
        try await OfferStore.sql(database).put(
            scope,
            PendingOffer(
                conversationID: conversation.id, action: .deleteTodo, slots: Slots(todoRef: "id:1"),
                kind: .confirmation, prompt: "Delete?", createdAt: Fixtures.now))
        try await LedgerStore.sql(database).append(
            scope,
            [
                LedgerEntry(
                    id: IDGenerator.random.next(), scope: scope, conversationID: conversation.id, event: .created,
                    subjectKind: .todo, subjectID: "1", label: "todo 1", createdAt: Fixtures.now)
            ])
        _ = try await SecretStore.sql(database, master: try master()).store(
            scope, try SecretName("github.token"), "token of \(scope.owner)", Fixtures.now)
        try await AuditLog.sql(database).record(
            AuditEvent(
                id: IDGenerator.random.next(), scope: scope, actor: scope.owner, action: .secretStored,
                target: "github.token", requestID: nil, createdAt: Fixtures.now))
        try await fillCredentials(database, scope)
    }

    /// A session with its refresh token, and an API token.
    private static func fillCredentials(_ database: Database, _ scope: Scope) async throws {
        let session = SignInSession(
            id: IDGenerator.random.next(), scope: scope, method: .password, createdAt: Fixtures.now,
            lastUsedAt: Fixtures.now)
        try await SessionStore.sql(database).begin(
            session, "refresh-\(scope.owner)", Fixtures.now.addingTimeInterval(60))
        try await APITokenStore.sql(database).insert(
            APIToken(
                id: IDGenerator.random.next(), scope: scope, name: "cli", permission: .read,
                expiresAt: Fixtures.now.addingTimeInterval(60), createdAt: Fixtures.now),
            "api-\(scope.owner)")
    }
}
