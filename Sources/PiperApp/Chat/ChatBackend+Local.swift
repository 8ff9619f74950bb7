import Logging
import PiperCore
import PiperStorage

extension ChatBackend {
    /// Runs `body` with a backend over the configured database, migrated and with its local user.
    package static func withLocal<T: Sendable>(
        _ configuration: PiperConfiguration, logger: Logger,
        _ body: @escaping @Sendable (ChatBackend) async throws -> T
    ) async throws -> T {
        let dependencies = try await LiveDependencies.open(configuration.database, logger: logger)
        return try await withServedDatabase(dependencies.database) { _ in
            let principal = try await dependencies.prepare(local: configuration.local, logger: logger)
            return try await dependencies.withLanguageModel(configuration, logger: logger) { languageModel in
                let engine = dependencies.engine(
                    logger: logger, languageModel: languageModel,
                    classifierThreshold: configuration.models.classifierThreshold)
                let backend = local(
                    engine: engine, principal: principal, target: "local:\(dependencies.database.location)")
                return try await body(backend)
            }
        }
    }

    /// A backend that runs the pipeline in this process for `principal`, with `handlers` laid over the standard ones.
    package static func local(
        engine: EngineDependencies, principal: Principal, target: String, handlers: [ActionName: ActionHandler] = [:]
    ) -> ChatBackend {
        let pipeline = TurnPipeline(dependencies: engine, handlers: handlers)
        return ChatBackend(
            target: target,
            startConversation: {
                try await ConversationStarting(engine: engine).start(scope: principal.scope, title: "").id.description
            },
            conversationExists: { id in
                guard let id = Conversation.ID(uuidString: id) else { return false }
                return try await engine.conversations.find(principal.scope, id) != nil
            },
            send: { conversationID, text, stream in
                guard let id = Conversation.ID(uuidString: conversationID) else { throw ConversationError.invalidTitle }
                let outcome = try await pipeline.run(
                    TurnRequest(principal: principal, conversationID: id, surface: .cli, text: text), stream: stream)
                return ChatReply(text: outcome.reply.text, blocks: outcome.reply.details?.blocks ?? [])
            })
    }
}
