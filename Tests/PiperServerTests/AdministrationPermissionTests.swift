import Foundation
import HTTPTypes
import HummingbirdTesting
import PiperAuth
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Administration needs an administrator's session or admin token")
struct AdministrationPermissionTests {
    /// Every route that administers the workspace or reads beyond the caller's own data.
    static func adminRoutes(member: String, invitation: String) -> [(HTTPRequest.Method, String, String?)] {
        [
            (.get, "/api/v1/workspace/members", nil),
            (.patch, "/api/v1/workspace/members/\(member)", #"{"role":"admin"}"#),
            (.delete, "/api/v1/workspace/members/\(member)", nil),
            (.post, "/api/v1/workspace/members/\(member)/password-reset", nil),
            (.get, "/api/v1/workspace/invitations", nil),
            (.post, "/api/v1/workspace/invitations", #"{"email":"new@example.com"}"#),
            (.delete, "/api/v1/workspace/invitations/\(invitation)", nil),
            (.get, "/api/v1/audit?scope=workspace", nil),
            (.get, "/api/v1/usage?scope=workspace", nil),
            (.put, "/api/v1/usage/limits", #"{"monthlyBudgetUsd":5}"#),
            (.delete, "/api/v1/usage/limits", nil),
        ]
    }

    @Test(
        "an owner's read and write tokens are refused on every admin route; an admin token is not",
        arguments: TestDatabase.availableDialects)
    func lesserTokens(dialect: Dialect) async throws {
        try await AuthServer.with(dialect, usage: true) { server, client in
            let owner = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            let invited = try await client.send(
                .post, "/api/v1/workspace/invitations", json: #"{"email":"sam@example.com"}"#, bearer: owner)
            let invitation = try #require((invited.json["invitation"] as? [String: Any])?["id"] as? String)
            let joined = try await client.send(
                .post, "/api/v1/auth/signup",
                json:
                    #"{"name":"Sam","email":"sam@example.com","username":"sam","password":"sams own phrase","invitation":"\#(try #require(invited.json["token"] as? String))"}"#
            )
            let sam = try #require(joined.json["userId"] as? String)
            let second = try await client.send(
                .post, "/api/v1/workspace/invitations", json: #"{"email":"kim@example.com"}"#, bearer: owner)
            let open = try #require((second.json["invitation"] as? [String: Any])?["id"] as? String)
            _ = invitation
            for permission in ["read", "write"] {
                let secret = try #require(
                    try await client.send(
                        .post, "/api/v1/tokens", json: #"{"name":"\#(permission)","permission":"\#(permission)"}"#,
                        bearer: owner
                    ).json["secret"] as? String)
                for (method, path, body) in Self.adminRoutes(member: sam, invitation: open) {
                    let reply = try await client.send(method, path, json: body, bearer: secret)
                    #expect(reply.status == .forbidden, "\(permission) token: \(method) \(path) gave \(reply.status)")
                }
            }
            let audit = try await client.send(.get, "/api/v1/audit?scope=workspace", bearer: owner)
            #expect(audit.status == .ok)
            let admin = try #require(
                try await client.send(
                    .post, "/api/v1/tokens", json: #"{"name":"ops","permission":"admin"}"#, bearer: owner
                ).json["secret"] as? String)
            #expect(try await client.send(.get, "/api/v1/workspace/members", bearer: admin).status == .ok)
            #expect(try await client.send(.get, "/api/v1/usage?scope=workspace", bearer: admin).status == .ok)
            _ = server
        }
    }

    @Test("a token cannot mint a token, not even a weaker one: that needs a signed-in session")
    func tokensCannotMintTokens() async throws {
        try await AuthServer.with { _, client in
            let owner = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            let admin = try #require(
                try await client.send(
                    .post, "/api/v1/tokens", json: #"{"name":"ops","permission":"admin"}"#, bearer: owner
                ).json["secret"] as? String)
            let successor = try await client.send(
                .post, "/api/v1/tokens", json: #"{"name":"next","permission":"read"}"#, bearer: admin)
            #expect(successor.status == .forbidden)
            let listed = try await client.send(.get, "/api/v1/tokens", bearer: owner)
            #expect(!listed.body.contains(#""name":"next""#))
        }
    }

    @Test(
        "an admin of one workspace cannot reset the password of someone who also belongs to another",
        arguments: TestDatabase.availableDialects)
    func resetAcrossWorkspaces(dialect: Dialect) async throws {
        try await AuthServer.with(dialect) { server, client in
            let owner = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            let invited = try await client.send(
                .post, "/api/v1/workspace/invitations", json: #"{"email":"sam@example.com"}"#, bearer: owner)
            let joined = try await client.send(
                .post, "/api/v1/auth/signup",
                json:
                    #"{"name":"Sam","email":"sam@example.com","username":"sam","password":"sams own phrase","invitation":"\#(try #require(invited.json["token"] as? String))"}"#
            )
            let sam = try #require(joined.json["userId"] as? String)
            let issued = try await client.send(.post, "/api/v1/workspace/members/\(sam)/password-reset", bearer: owner)
            let code = try #require(issued.json["code"] as? String, "a member of this workspace only can be reset")

            let elsewhere = Fixtures.workspace()
            let accounts = server.harness.engine.accounts
            try await accounts.insertWorkspace(elsewhere)
            try await accounts.upsertMembership(
                Membership(
                    workspaceID: elsewhere.id, userID: User.ID(try #require(UUID(uuidString: sam))), role: .owner,
                    createdAt: server.clock.generator.now()))
            let refused = try await client.send(.post, "/api/v1/workspace/members/\(sam)/password-reset", bearer: owner)
            #expect(refused.status == .forbidden && refused.json["code"] == nil)
            let redeemed = try await client.send(
                .post, "/api/v1/auth/password-reset", json: #"{"code":"\#(code)","newPassword":"taken over now"}"#)
            #expect(redeemed.status == .forbidden, "a code issued before Sam joined elsewhere no longer works")
            #expect(try await client.signIn("sam", "sams own phrase").status == .ok)
            #expect(try await client.signIn("sam", "taken over now").status == .unauthorized)
        }
    }
}
