import Foundation
import HummingbirdTesting
import PiperServer
import Testing

@Suite("Web account panel")
struct WebAccountPanelTests {
    @Test("an owner's page has the account panel with the workspace's administration")
    func ownerSeesAdministration() async throws {
        try await ChatServer.with { _, client in
            let page = try await client.call(.get, "/", as: "owner")
            #expect(page.status == .ok)
            for id in [
                "account-panel", "toggle-account", "sign-out", "password-form", "session-list", "token-form",
                "token-secret", "activity-list", "member-list", "reset-code", "invitation-form", "invitation-link",
                "invitation-list", "workspace-activity-list",
            ] {
                #expect(page.body.contains("id=\"\(id)\""), "no #\(id)")
            }
            #expect(page.body.contains("data-role=\"owner\""))
            #expect(page.body.contains("<option value=\"owner\">Owner</option>"))
        }
    }

    @Test("a member's page has their own account sections but no administration")
    func memberSeesOwnSectionsOnly() async throws {
        try await ChatServer.with { _, client in
            let page = try await client.call(.get, "/", as: "colleague")
            #expect(page.status == .ok)
            for id in [
                "account-panel", "password-form", "session-list", "token-form", "activity-list", "export-data",
                "erase-data",
            ] {
                #expect(page.body.contains("id=\"\(id)\""), "no #\(id)")
            }
            for id in ["member-list", "invitation-form", "invitation-list", "workspace-activity-list", "reset-code"] {
                #expect(!page.body.contains("id=\"\(id)\""), "a member sees #\(id)")
            }
            #expect(!page.body.contains("value=\"admin\""))
            #expect(page.body.contains("id=\"sign-out\" data-testid=\"sign-out\">"))
        }
    }
}

@Suite("Web account panel for the local user")
struct WebLocalAccountPanelTests {
    @Test("the embedded install's local user gets tokens and activity, but no sign-out, password or members")
    func localUser() {
        let html = ChatPage.render(
            ChatPageModel(
                userName: "Local", workspaceName: "Home", version: "1", conversations: [],
                selectedConversationID: nil, turns: [], todos: [], projects: [], reminders: [], role: "owner",
                isLocalUser: true))
        #expect(html.contains("id=\"sign-out\" data-testid=\"sign-out\" hidden>"))
        #expect(html.contains("data-local-user=\"true\""))
        for id in ["token-form", "activity-list", "workspace-activity-list"] {
            #expect(html.contains("id=\"\(id)\""), "no #\(id)")
        }
        for id in ["password-form", "session-list", "member-list", "invitation-form"] {
            #expect(!html.contains("id=\"\(id)\""), "the local user sees #\(id)")
        }
    }
}
