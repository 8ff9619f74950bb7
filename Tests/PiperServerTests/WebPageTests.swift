import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperServer
import PiperTestSupport
import Testing

@Suite("Web chat page")
struct WebPageTests {
    @Test("serves the page with the conversation, panels and a live confirmation")
    func page() async throws {
        try await ChatServer.with { server, client in
            let empty = try await client.call(.get, "/")
            #expect(empty.status == .ok)
            #expect(empty.body.contains("id=\"composer\""))

            try await server.owner.say("add a todo to review <b>the</b> roadmap")
            try await server.owner.say("delete the roadmap todo")
            let page = try await client.call(.get, "/c/\(server.owner.conversationID)")
            #expect(page.status == .ok)
            #expect(page.body.contains("data-conversation-id=\"\(server.owner.conversationID)\""))
            #expect(page.body.contains("review &lt;b&gt;the&lt;/b&gt; roadmap"))
            #expect(!page.body.contains("<b>the</b>"))
            #expect(page.body.contains("data-pending=\"true\""))
            #expect(page.body.contains("id=\"todo-list\""))
        }
    }

    @Test("serves the script and style")
    func assets() async throws {
        try await ChatServer.with { _, client in
            let script = try await client.execute(
                uri: "/assets/app.js", method: .get, headers: [HTTPField.Name("X-Test-User")!: "owner"]
            ) { $0 }
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.body.readableBytes > 1_000)
            let style = try await client.call(.get, "/assets/app.css")
            #expect(style.status == .ok)
        }
    }
}
