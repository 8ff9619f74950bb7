import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperServer
import Testing

@Suite("Web sign-in page")
struct WebSignInTests {
    @Test("renders the sign-in and reset forms under the page's content security policy")
    func signInPage() async throws {
        try await ChatServer.with { _, client in
            let response = try await client.execute(uri: "/signin?next=%2Fc%2Fabc", method: .get) { $0 }
            let body = String(buffer: response.body)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headers[.contentSecurityPolicy] == SecurityHeadersMiddleware.contentSecurityPolicy)
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(body.contains("id=\"signin-form\""))
            #expect(body.contains("id=\"reset-form\""))
            #expect(body.contains("id=\"signup-form\""))
            #expect(body.contains("<section class=\"auth-section\" id=\"signin-section\">"))
            #expect(body.contains("data-next=\"/c/abc\""))
            #expect(body.contains("Create the first account"))
            #expect(!body.contains("<script>"))
            #expect(!body.contains(" style="))
        }
    }

    @Test("an invitation link opens the sign-up form carrying the invitation")
    func invitationLink() async throws {
        try await ChatServer.with { _, client in
            let page = try await client.call(.get, "/signin?invitation=pmi_abc-DEF_123", as: nil)
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"signup-section\" aria-labelledby=\"signup-heading\">"))
            #expect(page.body.contains("id=\"signin-section\" hidden"))
            #expect(page.body.contains("name=\"invitation\" value=\"pmi_abc-DEF_123\""))
            #expect(page.body.contains("Join your workspace"))
        }
    }

    @Test("ignores a next that leaves the site and an invitation that is not one")
    func hostileParameters() async throws {
        try await ChatServer.with { _, client in
            let offSite = try await client.call(.get, "/signin?next=%2F%2Fevil.example%2F", as: nil)
            #expect(offSite.body.contains("data-next=\"/\""))
            let absolute = try await client.call(.get, "/signin?next=https%3A%2F%2Fevil.example", as: nil)
            #expect(absolute.body.contains("data-next=\"/\""))
            let quoted = try await client.call(.get, "/signin?next=%2F%22%3E%3Cb%3E", as: nil)
            #expect(quoted.body.contains("data-next=\"/&quot;&gt;&lt;b&gt;\""))
            let forged = try await client.call(.get, "/signin?invitation=%22%3E%3Cb%3E", as: nil)
            #expect(forged.body.contains("id=\"signup-section\" aria-labelledby=\"signup-heading\" hidden"))
            #expect(!forged.body.contains("<b>"))
        }
    }

    @Test("sends anonymous visitors of a page to sign in, and keeps the API's 401")
    func redirectsAnonymousPages() async throws {
        try await ChatServer.with { server, client in
            let home = try await client.execute(uri: "/", method: .get) { $0 }
            #expect(home.status == .found)
            #expect(home.headers[.location] == "/signin?next=%2F")
            let id = server.owner.conversationID
            let conversation = try await client.execute(uri: "/c/\(id)?x=1", method: .get) { $0 }
            #expect(conversation.status == .found)
            #expect(conversation.headers[.location] == "/signin?next=%2Fc%2F\(id)%3Fx%3D1")
            let api = try await client.call(.get, "/api/v1/todos", as: nil)
            #expect(api.status == .unauthorized)
            let signedIn = try await client.call(.get, "/", as: "owner")
            #expect(signedIn.status == .ok)
        }
    }
}
