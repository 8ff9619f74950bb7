import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperAuth
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Sign-up, sign-in and sessions")
struct AuthFlowTests {
    @Test(
        "the first account adopts the local user; later sign-ups need an invitation",
        arguments: TestDatabase.availableDialects)
    func firstAccount(dialect: Dialect) async throws {
        try await AuthServer.with(dialect) { server, client in
            let created = try await client.signUpFirst()
            #expect(created.status == .created)
            #expect(created.json["userId"] as? String == server.harness.principal.userID.description)
            #expect(created.json["role"] as? String == "owner")
            let second = try await client.send(
                .post, "/api/v1/auth/signup",
                json: #"{"name":"Eve","email":"eve@example.com","username":"eve","password":"another good phrase"}"#)
            #expect(second.status == .forbidden)
            #expect(second.json.description.contains("invitation_required"))
        }
    }

    @Test("sign-in by username or email; wrong passwords and unknown names get the same 401")
    func signIn() async throws {
        try await AuthServer.with { server, client in
            try await client.signUpFirst()
            for identifier in ["alex", "ALEX@example.com"] {
                let reply = try await client.signIn(identifier, "correct horse battery")
                #expect(reply.status == .ok)
                let access = try #require(reply.json["accessToken"] as? String)
                #expect(try await client.send(.get, "/api/v1/me", bearer: access).status == .ok)
            }
            let wrong = try await client.signIn("alex", "incorrect horse")
            let unknown = try await client.signIn("nobody", "incorrect horse")
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.json.description.contains("invalid_credentials"))
            #expect(unknown.json.description.contains("invalid_credentials"))
        }
    }

    @Test("weak passwords and bad names are refused with 422 and nothing is stored")
    func strength() async throws {
        try await AuthServer.with { server, client in
            for (username, password) in [
                ("alex", "short"), ("alex", "password12345"), ("alex", "alexalexalex1"), ("a", "correct horse battery"),
                ("alex!", "correct horse battery"), ("alex", String(repeating: "ab3$", count: 20)),
            ] {
                let reply = try await client.signUpFirst(username: username, password: password)
                #expect(reply.status == .unprocessableContent, "\(username) / \(password)")
            }
            #expect(try await client.signIn("alex", "correct horse battery").status == .unauthorized)
        }
    }

    @Test("five failed sign-ins block the account with 429 and Retry-After, even from another address")
    func throttling() async throws {
        try await AuthServer.with { server, client in
            try await client.signUpFirst()
            for attempt in 1...4 {
                #expect(try await client.signIn("alex", "guess \(attempt) wrong").status == .unauthorized)
            }
            let fifth = try await client.signIn("alex", "guess 5 wrong")
            #expect(fifth.status == .tooManyRequests)
            #expect(fifth.headers[.retryAfter] == "900")
            let elsewhere = try await client.signIn("alex", "correct horse battery", from: "198.51.100.7")
            #expect(elsewhere.status == .tooManyRequests)
            #expect(Int(elsewhere.headers[.retryAfter] ?? "") ?? 0 > 0)
            server.clock.advance(by: 901)
            #expect(try await client.signIn("alex", "correct horse battery").status == .ok)
            let audit = try await server.auth.service.stores.audit.entries(
                server.harness.principal.scope, Page(limit: 50))
            #expect(audit.filter { $0.action == .signInFailed }.count == 4)
            #expect(audit.contains { $0.action == .signInThrottled && $0.detail == "192.0.2.1" })
            #expect(audit.contains { $0.action == .signedIn })
        }
    }

    @Test("one address guessing many accounts is blocked after twenty failures")
    func addressThrottling() async throws {
        try await AuthServer.with { server, client in
            for attempt in 1...19 {
                let reply = try await client.signIn("user\(attempt)", "whatever it is")
                #expect(reply.status == .unauthorized)
            }
            let blocked = try await client.signIn("user20", "whatever it is")
            #expect(blocked.status == .tooManyRequests)
            let elsewhere = try await client.signIn("user21", "whatever it is", from: "198.51.100.9")
            #expect(elsewhere.status == .unauthorized)
            _ = server
        }
    }

    @Test(
        "refresh rotates; a reused refresh token revokes the whole session", arguments: TestDatabase.availableDialects)
    func refreshReuse(dialect: Dialect) async throws {
        try await AuthServer.with(dialect) { server, client in
            let first = try await client.signUpFirst().json
            let firstRefresh = try #require(first["refreshToken"] as? String)
            let rotated = try await client.send(
                .post, "/api/v1/auth/refresh", json: #"{"refreshToken":"\#(firstRefresh)"}"#)
            #expect(rotated.status == .ok)
            let secondRefresh = try #require(rotated.json["refreshToken"] as? String)
            let secondAccess = try #require(rotated.json["accessToken"] as? String)
            #expect(secondRefresh != firstRefresh)
            #expect(try await client.send(.get, "/api/v1/me", bearer: secondAccess).status == .ok)

            let replay = try await client.send(
                .post, "/api/v1/auth/refresh", json: #"{"refreshToken":"\#(firstRefresh)"}"#)
            #expect(replay.status == .unauthorized)
            #expect(replay.json.description.contains("refresh_token_reused"))
            #expect(try await client.send(.get, "/api/v1/me", bearer: secondAccess).status == .unauthorized)
            let afterReuse = try await client.send(
                .post, "/api/v1/auth/refresh", json: #"{"refreshToken":"\#(secondRefresh)"}"#)
            #expect(afterReuse.status == .unauthorized)
            let audit = try await server.auth.service.stores.audit.entries(
                server.harness.principal.scope, Page(limit: 50))
            #expect(audit.contains { $0.action == .refreshTokenReused })
        }
    }

    @Test("the web gets HttpOnly SameSite cookies, Secure behind https; sign-out ends the session")
    func cookies() async throws {
        try await AuthServer.with { server, client in
            try await client.signUpFirst()
            let plain = try await client.send(
                .post, "/api/v1/auth/signin",
                json: #"{"identifier":"alex","password":"correct horse battery","session":"cookie"}"#)
            #expect(plain.json["accessToken"] == nil && plain.json["refreshToken"] == nil)
            let access = try #require(plain.cookie("piper_access"))
            let refresh = try #require(plain.cookie("piper_refresh"))
            #expect(access.contains("HttpOnly") && access.contains("SameSite=Lax") && !access.contains("Secure"))
            #expect(refresh.contains("Path=/api/v1/auth") && refresh.contains("SameSite=Strict"))
            let accessValue = String(access.prefix { $0 != ";" })
            #expect(try await client.send(.get, "/api/v1/me", cookie: accessValue).status == .ok)

            var headers: HTTPFields = [.contentType: "application/json", HTTPField.Name("X-Forwarded-Proto")!: "https"]
            headers[HTTPField.Name("X-Forwarded-For")!] = "192.0.2.1"
            let secure = try await client.execute(
                uri: "/api/v1/auth/signin", method: .post, headers: headers,
                body: ByteBuffer(
                    string: #"{"identifier":"alex","password":"correct horse battery","session":"cookie"}"#)
            ) { $0.headers[values: .setCookie] }
            #expect(secure.count == 2 && secure.allSatisfy { $0.contains("Secure") })

            let refreshed = try await client.send(
                .post, "/api/v1/auth/refresh", cookie: String(refresh.prefix { $0 != ";" }))
            #expect(refreshed.status == .ok && refreshed.cookie("piper_access") != nil)
            let out = try await client.send(.post, "/api/v1/auth/signout", cookie: accessValue)
            #expect(out.status == .noContent && out.cookie("piper_access")?.contains("Max-Age=0") == true)
            #expect(try await client.send(.get, "/api/v1/me", cookie: accessValue).status == .unauthorized)
        }
    }

    @Test("changing the password ends other sessions; the old password stops working")
    func changePassword() async throws {
        try await AuthServer.with { server, client in
            let other = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            let current = try #require(
                try await client.signIn("alex", "correct horse battery").json["accessToken"] as? String)
            let wrong = try await client.send(
                .post, "/api/v1/auth/password",
                json: #"{"currentPassword":"not it at all","newPassword":"a brand new phrase"}"#, bearer: current)
            #expect(wrong.status == .forbidden)
            let changed = try await client.send(
                .post, "/api/v1/auth/password",
                json: #"{"currentPassword":"correct horse battery","newPassword":"a brand new phrase"}"#,
                bearer: current)
            #expect(changed.status == .noContent)
            #expect(try await client.send(.get, "/api/v1/me", bearer: current).status == .ok)
            #expect(try await client.send(.get, "/api/v1/me", bearer: other).status == .unauthorized)
            #expect(try await client.signIn("alex", "correct horse battery").status == .unauthorized)
            #expect(try await client.signIn("alex", "a brand new phrase").status == .ok)
        }
    }
}

@Suite("Bearer tokens over HTTP")
struct BearerTokenTests {
    @Test("tampered, expired and alg-none access tokens get 401 with a JSON error")
    func refusedAccessTokens() async throws {
        try await AuthServer.with { server, client in
            let access = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            let parts = access.split(separator: ".").map(String.init)
            let none = OpaqueToken.base64URL(Data(#"{"alg":"none","typ":"JWT"}"#.utf8)) + ".\(parts[1])."
            var payload = Array(parts[1])
            payload[10] = payload[10] == "A" ? "B" : "A"
            let tampered = [parts[0], String(payload), parts[2]].joined(separator: ".")
            for token in [none, tampered, "garbage", ""] {
                let reply = try await client.send(.get, "/api/v1/me", bearer: token)
                #expect(reply.status == .unauthorized, "\(token)")
                #expect(reply.json.description.contains("invalid_token"))
            }
            server.clock.advance(by: 901)
            #expect(try await client.send(.get, "/api/v1/me", bearer: access).status == .unauthorized)
        }
    }

    @Test("API tokens: read-only may only read, revoked and expired ones stop working, admin routes need admin")
    func apiTokens() async throws {
        try await AuthServer.with { server, client in
            let access = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            func create(_ body: String) async throws -> (id: String, secret: String) {
                let made = try await client.send(.post, "/api/v1/tokens", json: body, bearer: access).json
                let token = try #require(made["token"] as? [String: Any])
                return (try #require(token["id"] as? String), try #require(made["secret"] as? String))
            }
            let reader = try await create(#"{"name":"dashboard","permission":"read","expiresInDays":1}"#)
            let writer = try await create(#"{"name":"cli","permission":"write"}"#)
            #expect(try await client.send(.get, "/api/v1/todos", bearer: reader.secret).status == .ok)
            let refused = try await client.send(.post, "/api/v1/todos", json: #"{"title":"x"}"#, bearer: reader.secret)
            #expect(refused.status == .forbidden && refused.json.description.contains("read_only_token"))
            #expect(
                try await client.send(.post, "/api/v1/todos", json: #"{"title":"x"}"#, bearer: writer.secret).status
                    == .created)
            let invite = try await client.send(
                .post, "/api/v1/workspace/invitations", json: #"{"email":"a@example.com"}"#, bearer: writer.secret)
            #expect(invite.status == .forbidden)
            let escalate = try await client.send(
                .post, "/api/v1/tokens", json: #"{"name":"more","permission":"admin"}"#, bearer: writer.secret)
            #expect(escalate.status == .forbidden)
            let listed = try await client.send(.get, "/api/v1/tokens", bearer: access)
            #expect(!listed.body.contains(reader.secret) && listed.body.contains("lastUsedAt"))
            #expect(try await client.send(.delete, "/api/v1/tokens/\(writer.id)", bearer: access).status == .noContent)
            #expect(try await client.send(.get, "/api/v1/todos", bearer: writer.secret).status == .unauthorized)
            server.clock.advance(by: 86_401)
            #expect(try await client.send(.get, "/api/v1/todos", bearer: reader.secret).status == .unauthorized)
            let tooLong = try await client.send(
                .post, "/api/v1/tokens", json: #"{"name":"x","expiresInDays":400}"#,
                bearer: try #require(
                    try await client.signIn("alex", "correct horse battery").json["accessToken"] as? String))
            #expect(tooLong.status == .unprocessableContent)
        }
    }
}

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

@Suite("Sign-up abuse")
struct SignUpAbuseTests {
    @Test("sign-ups with bad invitations count against the address; API tokens can't change passwords")
    func signUpAbuse() async throws {
        try await AuthServer.with { server, client in
            let access = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            for attempt in 1...20 {
                let reply = try await client.send(
                    .post, "/api/v1/auth/signup",
                    json:
                        #"{"name":"Eve","email":"eve@example.com","username":"eve\#(attempt)","password":"eves long phrase","invitation":"pmi_guess\#(attempt)"}"#
                )
                #expect(reply.status == .badRequest, "attempt \(attempt)")
            }
            let blocked = try await client.send(
                .post, "/api/v1/auth/signup",
                json: #"{"name":"Eve","email":"eve@example.com","username":"eve","password":"eves long phrase"}"#)
            #expect(blocked.status == .tooManyRequests && blocked.headers[.retryAfter] != nil)
            let token = try #require(
                try await client.send(.post, "/api/v1/tokens", json: #"{"name":"cli"}"#, bearer: access).json["secret"]
                    as? String)
            let change = try await client.send(
                .post, "/api/v1/auth/password",
                json: #"{"currentPassword":"correct horse battery","newPassword":"taken over phrase"}"#, bearer: token)
            #expect(change.status == .forbidden)
            _ = server
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

@Suite("Closing first-account sign-up")
struct FirstAccountClosingTests {
    @Test("once an invitation exists, sign-up without one is refused even with no account yet")
    func invitationClosesOpenSignUp() async throws {
        try await AuthServer.with { server, client in
            _ = try await server.auth.service.operatorInvite(
                email: "owner@example.com", role: .owner, workspaceOwner: server.harness.principal,
                origin: RequestOrigin(requestID: nil, address: "command line"))
            let uninvited = try await client.signUpFirst()
            #expect(uninvited.status == .forbidden)
        }
    }
}
