import Hummingbird
import PiperCore

/// `/api/v1/conversations`: conversations and their turns; posting a turn runs the pipeline.
struct ConversationsController: Sendable {
    let engine: EngineDependencies
    let pipeline: TurnPipeline

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: show)
        group.patch(":id", use: rename)
        group.delete(":id", use: delete)
        group.get(":id/turns", use: turns)
        group.post(":id/turns", use: postTurn)
    }

    struct TitleDTO: Decodable {
        var title: String?
    }

    @Sendable func list(_ request: Request, context: PrincipalContext) async throws -> ConversationListDTO {
        let limit = request.uri.queryParameters.get("limit", as: Int.self) ?? 50
        let conversations = try await engine.conversations.list(context.scope, Page(limit: limit))
        return ConversationListDTO(conversations: conversations.map(ConversationDTO.init))
    }

    @Sendable func create(_ request: Request, context: PrincipalContext) async throws -> EditedResponse<ConversationDTO>
    {
        let body = try await request.decodeOptionalBody(TitleDTO.self, context: context) ?? TitleDTO()
        let conversation = try await ConversationStarting(engine: engine).start(
            scope: context.scope, title: body.title ?? "")
        return EditedResponse(status: .created, response: ConversationDTO(conversation))
    }

    @Sendable func show(_ request: Request, context: PrincipalContext) async throws -> ConversationDTO {
        let id = try context.pathID(Conversation.self, resource: "conversation")
        guard let conversation = try await engine.conversations.find(context.scope, id) else {
            throw ConversationError.notFound(id)
        }
        return ConversationDTO(conversation)
    }

    @Sendable func rename(_ request: Request, context: PrincipalContext) async throws -> ConversationDTO {
        let id = try context.pathID(Conversation.self, resource: "conversation")
        let body = try await request.decodeBody(TitleDTO.self, context: context)
        let title = try ConversationStarting.validatedTitle(body.title ?? "")
        return ConversationDTO(try await engine.conversations.rename(context.scope, id, title, engine.clock.now()))
    }

    @Sendable func delete(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        try await engine.conversations.delete(
            context.scope, try context.pathID(Conversation.self, resource: "conversation"))
        return .noContent
    }

    @Sendable func turns(_ request: Request, context: PrincipalContext) async throws -> TurnListDTO {
        let id = try context.pathID(Conversation.self, resource: "conversation")
        guard try await engine.conversations.find(context.scope, id) != nil else {
            throw ConversationError.notFound(id)
        }
        let after = request.uri.queryParameters.get("after", as: Int.self) ?? 0
        let limit = request.uri.queryParameters.get("limit", as: Int.self) ?? Page.maximumLimit
        return TurnListDTO(
            turns: try await engine.conversations.turns(context.scope, id, after, limit).map(TurnDTO.init))
    }

    /// Runs a turn; answers with both recorded turns as JSON, or as server-sent events when the client asks for
    /// `text/event-stream` (see ``TurnStream``).
    @Sendable func postTurn(_ request: Request, context: PrincipalContext) async throws -> Response {
        let id = try context.pathID(Conversation.self, resource: "conversation")
        let body = try await request.decodeBody(NewTurnDTO.self, context: context)
        let turn = TurnRequest(principal: context.principal, conversationID: id, surface: .api, text: body.text)
        if TurnStream.isRequested(by: request) {
            return try await TurnStream.response(request: request, context: context) { [pipeline] stream in
                Self.turns(try await pipeline.run(turn, stream: stream))
            }
        }
        return try EditedResponse(status: .created, response: Self.turns(try await pipeline.run(turn)))
            .response(from: request, context: context)
    }

    private static func turns(_ outcome: TurnOutcome) -> TurnListDTO {
        TurnListDTO(turns: [outcome.userTurn, outcome.reply].map(TurnDTO.init))
    }
}
