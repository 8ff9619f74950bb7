import Foundation
import Logging
import PiperCore
import PiperStorage

/// Test helper for the crash-safety suite: appends turns forever, one transaction each, printing
/// `committed N` after every commit, until it is killed.
///
/// Usage: `piper-crash-probe LOCATION` where LOCATION is a SQLite path or a postgres:// URL.
@main
enum CrashProbe {
    static func main() async throws {
        guard CommandLine.arguments.count == 2 else {
            FileHandle.standardError.write(Data("usage: piper-crash-probe LOCATION\n".utf8))
            exit(2)
        }
        var logger = Logger(label: "piper.crash-probe")
        logger.logLevel = .error
        let location = try DatabaseLocation(parsing: CommandLine.arguments[1])
        let database = try await Database.open(location, logger: logger)
        try await withServedDatabase(database) { database in
            try await Migrator(database: database, clock: { Date() }).migrate()
            try await appendForever(ConversationStore.sql(database), accounts: .sql(database))
        }
    }

    private static func appendForever(_ store: ConversationStore, accounts: AccountStore) async throws {
        let ids = IDGenerator.random
        let now = Date()
        let principal = try await accounts.claimInstallation(
            Workspace(id: ids.next(), name: "Probe", createdAt: now),
            User(id: ids.next(), displayName: "Probe", email: nil, timeZone: "UTC", createdAt: now)
        )
        let conversation = Conversation(
            id: ids.next(), scope: principal.scope, title: "Crash probe", createdAt: now, updatedAt: now
        )
        try await store.insert(conversation)
        emit("conversation \(principal.workspaceID) \(principal.userID) \(conversation.id)")
        while true {
            let draft = TurnDraft(
                id: ids.next(), conversationID: conversation.id, speaker: .user,
                text: String(repeating: "x", count: 512), createdAt: Date()
            )
            let turn = try await store.appendTurn(principal.scope, draft)
            emit("committed \(turn.sequence)")
        }
    }

    private static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
