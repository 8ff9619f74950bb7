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

    @Test("five failed sign-ins block that account from that address with 429; the owner elsewhere still gets in")
    func throttling() async throws {
        try await AuthServer.with { server, client in
            try await client.signUpFirst()
            for attempt in 1...4 {
                let name = attempt.isMultiple(of: 2) ? "alex@example.com" : "alex"
                #expect(try await client.signIn(name, "guess \(attempt) wrong").status == .unauthorized)
            }
            let fifth = try await client.signIn("alex", "guess 5 wrong")
            #expect(fifth.status == .tooManyRequests)
            #expect(fifth.headers[.retryAfter] == "900")
            let blocked = try await client.signIn("alex", "correct horse battery")
            #expect(blocked.status == .tooManyRequests)
            let elsewhere = try await client.signIn("alex", "correct horse battery", from: "198.51.100.7")
            #expect(elsewhere.status == .ok)
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

    @Test("sessions remember the client and address they began from")
    func sessionDetails() async throws {
        try await AuthServer.with { server, client in
            try await client.signUpFirst()
            let agent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36"
            let body = #"{"identifier":"alex","password":"correct horse battery"}"#
            let access = try await client.execute(
                uri: "/api/v1/auth/signin", method: .post,
                headers: [
                    .contentType: "application/json", .userAgent: agent,
                    HTTPField.Name("X-Forwarded-For")!: "198.51.100.4",
                ], body: ByteBuffer(string: body)
            ) {
                (try JSONSerialization.jsonObject(with: Data(buffer: $0.body)) as? [String: Any])?["accessToken"]
                    as? String
            }
            let token: String = try #require(access)
            let listed = try await client.send(.get, "/api/v1/auth/sessions", bearer: token).json
            let sessions = try #require(listed["sessions"] as? [[String: Any]])
            #expect(
                sessions.contains { $0["client"] as? String == agent && $0["address"] as? String == "198.51.100.4" })
            _ = server
        }
    }
}
