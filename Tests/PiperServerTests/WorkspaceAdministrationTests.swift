import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperAuth
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Workspace administration")
struct WorkspaceAdministrationTests {
    @Test("invite, join, change roles, reset a password — each audited; members can't administer")
    func lifecycle() async throws {
        try await AuthServer.with { server, client in
            let owner = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            let invited = try await client.send(
                .post, "/api/v1/workspace/invitations", json: #"{"email":"Sam@Example.com","role":"member"}"#,
                bearer: owner)
            #expect(invited.status == .created)
            let token = try #require(invited.json["token"] as? String)
            let joined = try await client.send(
                .post, "/api/v1/auth/signup",
                json:
                    #"{"name":"Sam","email":"sam@example.com","username":"sam","password":"sams own phrase","invitation":"\#(token)"}"#
            )
            #expect(joined.status == .created && joined.json["role"] as? String == "member")
            let sam = try #require(joined.json["userId"] as? String)
            let samAccess = try #require(joined.json["accessToken"] as? String)
            let reuse = try await client.send(
                .post, "/api/v1/auth/signup",
                json:
                    #"{"name":"Sam","email":"sam@example.com","username":"sam2","password":"sams own phrase","invitation":"\#(token)"}"#
            )
            #expect(reuse.status == .badRequest)

            #expect(
                try await client.send(
                    .post, "/api/v1/workspace/invitations", json: #"{"email":"x@example.com"}"#, bearer: samAccess
                ).status == .forbidden)
            #expect(
                try await client.send(
                    .patch, "/api/v1/workspace/members/\(sam)", json: #"{"role":"admin"}"#, bearer: owner
                )
                .status == .noContent)
            let admin = try await client.send(
                .post, "/api/v1/workspace/invitations", json: #"{"email":"boss@example.com","role":"owner"}"#,
                bearer: samAccess)
            #expect(admin.status == .forbidden)

            let reset = try await client.send(.post, "/api/v1/workspace/members/\(sam)/password-reset", bearer: owner)
            let code = try #require(reset.json["code"] as? String)
            let weak = try await client.send(
                .post, "/api/v1/auth/password-reset", json: #"{"code":"\#(code)","newPassword":"short"}"#)
            #expect(weak.status == .unprocessableContent, "a refused password must not spend the code")
            #expect(
                try await client.send(
                    .post, "/api/v1/auth/password-reset",
                    json: #"{"code":"\#(code)","newPassword":"a reset phrase ok"}"#
                ).status == .noContent)
            #expect(try await client.send(.get, "/api/v1/me", bearer: samAccess).status == .unauthorized)
            #expect(try await client.signIn("sam", "a reset phrase ok").status == .ok)
            let again = try await client.send(
                .post, "/api/v1/auth/password-reset", json: #"{"code":"\#(code)","newPassword":"yet another phrase"}"#)
            #expect(again.status == .badRequest)

            let ownerID = server.harness.principal.userID.description
            let demote = try await client.send(
                .patch, "/api/v1/workspace/members/\(ownerID)", json: #"{"role":"member"}"#, bearer: owner)
            #expect(demote.status == .conflict)
            let audit = try await client.send(.get, "/api/v1/audit?scope=workspace", bearer: owner).body
            for action in [
                "invitation.created", "account.created", "member.role_changed", "auth.password_reset_issued",
                "auth.password_reset", "auth.signed_in",
            ] {
                #expect(audit.contains(action), "\(action) not audited")
            }
            #expect(audit.contains("member → admin"))
            let own = try await client.send(
                .get, "/api/v1/audit?scope=me",
                bearer: try #require(
                    try await client.signIn("sam", "a reset phrase ok").json["accessToken"] as? String)
            ).body
            #expect(own.contains("auth.password_reset") && !own.contains("invitation.created"))
        }
    }
}

@Suite("Several workspaces")
struct SeveralWorkspacesTests {
    @Test(
        "a signed-in user joins a second workspace by invitation, switches to it, and can sign in to it",
        arguments: TestDatabase.availableDialects)
    func joinAndSwitch(dialect: Dialect) async throws {
        try await AuthServer.with(dialect) { server, client in
            let created = try await client.send(
                .post, "/api/v1/auth/signup",
                json:
                    #"{"name":"Alex","email":"alex@example.com","username":"alex","password":"correct horse battery","workspaceName":"Acme"}"#
            ).json
            let access = try #require(created["accessToken"] as? String)
            let other = try await Fixtures.makeScope(in: server.harness.engine.accounts)
            let admin = Authentication(
                principal: Principal(userID: other.owner, workspaceID: other.workspace, role: .owner),
                credential: .local)
            let origin = RequestOrigin(requestID: nil, address: "test")
            let forAlex = try await server.auth.service.invite(
                by: admin, email: "alex@example.com", role: .admin, origin: origin)
            let forSam = try await server.auth.service.invite(
                by: admin, email: "sam@example.com", role: .admin, origin: origin)
            let wrong = try await client.send(
                .post, "/api/v1/auth/invitations/accept", json: #"{"invitation":"\#(forSam.token)"}"#, bearer: access)
            #expect(wrong.status == .forbidden)
            let joined = try await client.send(
                .post, "/api/v1/auth/invitations/accept", json: #"{"invitation":"\#(forAlex.token)"}"#, bearer: access)
            #expect(joined.status == .created && joined.json["role"] as? String == "admin")

            let list = try await client.send(.get, "/api/v1/auth/workspaces", bearer: access).body
            #expect(list.contains("Acme") && list.contains(other.workspace.description))
            let switched = try await client.send(
                .post, "/api/v1/auth/switch", json: #"{"workspaceId":"\#(other.workspace)"}"#, bearer: access)
            let there = try #require(switched.json["accessToken"] as? String)
            #expect(switched.json["workspaceId"] as? String == other.workspace.description)
            #expect(try await client.send(.get, "/api/v1/workspace/invitations", bearer: there).status == .ok)
            let stranger = try await client.send(
                .post, "/api/v1/auth/switch", json: #"{"workspaceId":"\#(UUID())"}"#, bearer: access)
            #expect(stranger.status == .notFound)

            let signIn = try await client.send(
                .post, "/api/v1/auth/signin",
                json: #"{"identifier":"alex","password":"correct horse battery","workspaceId":"\#(other.workspace)"}"#)
            #expect(signIn.json["role"] as? String == "admin")
            let home = try await client.signIn("alex", "correct horse battery")
            #expect(home.json["workspaceId"] as? String == server.harness.principal.workspaceID.description)
        }
    }
}
