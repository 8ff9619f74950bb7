import Foundation
import Hummingbird
import PiperCore

/// The web chat: `/` (latest conversation), `/c/{id}`, `/signin`, and the pages' script and style.
struct WebController: Sendable {
    let engine: EngineDependencies
    let version: String

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get(use: home)
        group.get("c/:id", use: conversation)
    }

    /// The page's script and style, public so a sign-in page can use them too.
    static func registerAssets(on group: RouterGroup<AppRequestContext>) {
        group.get("assets/app.js") { _, _ in asset(EmbeddedFiles.appJS, type: "text/javascript; charset=utf-8") }
        group.get("assets/app.css") { _, _ in asset(EmbeddedFiles.appCSS, type: "text/css; charset=utf-8") }
    }

    @Sendable func home(_ request: Request, context: PrincipalContext) async throws -> Response {
        let latest = try await engine.conversations.list(context.scope, Page(limit: 1)).first
        return try await page(selecting: latest?.id, context: context)
    }

    @Sendable func conversation(_ request: Request, context: PrincipalContext) async throws -> Response {
        let id = try context.pathID(Conversation.self, resource: "conversation")
        guard try await engine.conversations.find(context.scope, id) != nil else {
            throw ConversationError.notFound(id)
        }
        return try await page(selecting: id, context: context)
    }

    private func page(selecting id: Conversation.ID?, context: PrincipalContext) async throws -> Response {
        let model = try await ChatPageLoader(engine: engine, version: version).model(
            context.authentication, selecting: id)
        return Self.html(ChatPage.render(model))
    }

    /// A rendered page, never cached; ``SecurityHeadersMiddleware`` adds its content security policy.
    static func html(_ document: String) -> Response {
        var response = Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: document)))
        response.headers[.contentType] = "text/html; charset=utf-8"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func asset(_ text: String, type: String) -> Response {
        var response = Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        response.headers[.contentType] = type
        response.headers[.cacheControl] = "no-cache"
        return response
    }
}
