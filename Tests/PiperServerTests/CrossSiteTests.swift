import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperServer
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Cross-site requests to a running Piper")
struct CrossSiteTests {
    @Test(
        "a cross-site text/plain form carrying JSON is refused and changes nothing",
        arguments: TestDatabase.availableDialects)
    func crossSiteForm(dialect: Dialect) async throws {
        try await LocalServer.with(dialect) { server, client in
            let created = try await client.browse(
                .post, "/api/v1/todos", as: .sameOrigin, body: #"{"title":"keep me"}"#)
            #expect(created.status == .created)
            for (path, body) in [
                ("/api/v1/todos", #"{"title":"planted by another site"}"#),
                ("/api/v1/me/erase", #"{"confirm":"erase my data"}"#),
                (
                    "/api/v1/auth/signup",
                    #"{"name":"Eve","email":"eve@example.com","username":"eve","password":"a long enough pass"}"#
                ),
                ("/api/v1/tokens", #"{"name":"stolen"}"#),
            ] {
                let reply = try await client.browse(.post, path, as: .crossSiteForm, body: body)
                #expect(reply.status == .forbidden, "\(path)")
                #expect(reply.json["error"] != nil, "\(path) answers with a JSON error")
            }
            #expect(try await server.todoTitles() == ["keep me"])
            #expect(try await server.auth.service.apiTokens(of: server.harness.principal).isEmpty)
            #expect(try await server.auth.service.stores.logins.find("eve") == nil)
        }
    }

    @Test("an Origin or Sec-Fetch-Site of another site is enough to refuse, whatever the body")
    func eitherSignalRefuses() async throws {
        try await LocalServer.with { server, client in
            var onlyOrigin = BrowserRequest.sameOrigin
            onlyOrigin.fetchSite = nil
            onlyOrigin.origin = "http://localhost:9999"
            var onlySite = BrowserRequest.sameOrigin
            onlySite.origin = nil
            onlySite.fetchSite = "same-site"
            var nullOrigin = BrowserRequest.sameOrigin
            nullOrigin.origin = "null"
            for browser in [onlyOrigin, onlySite, nullOrigin] {
                let reply = try await client.browse(.post, "/api/v1/todos", as: browser, body: #"{"title":"x"}"#)
                #expect(reply.status == .forbidden)
                #expect(
                    reply.json["error"].flatMap { ($0 as? [String: Any])?["code"] as? String } == "cross_site_request")
            }
            #expect(try await server.todoTitles().isEmpty)
        }
    }

    @Test("API bodies must be declared JSON: a form or text body gets 415 even from a client with no origin")
    func jsonOnly() async throws {
        try await LocalServer.with { server, client in
            var plain = BrowserRequest(contentType: "text/plain")
            var reply = try await client.browse(.post, "/api/v1/todos", as: plain, body: #"{"title":"x"}"#)
            #expect(reply.status == .unsupportedMediaType)
            plain.contentType = "application/x-www-form-urlencoded"
            reply = try await client.browse(.post, "/api/v1/todos", as: plain, body: "title=x")
            #expect(reply.status == .unsupportedMediaType)
            plain.contentType = nil
            reply = try await client.browse(.post, "/api/v1/todos", as: plain, body: #"{"title":"x"}"#)
            #expect(reply.status == .unsupportedMediaType)
            #expect(try await server.todoTitles().isEmpty)
            plain.contentType = "application/json; charset=utf-8"
            reply = try await client.browse(.post, "/api/v1/todos", as: plain, body: #"{"title":"x"}"#)
            #expect(reply.status == .created)
        }
    }

    @Test(
        "a foreign Host (DNS rebinding) is refused before any handler: no export, no token",
        arguments: TestDatabase.availableDialects)
    func foreignHost(dialect: Dialect) async throws {
        try await LocalServer.with(dialect) { server, client in
            var rebound = BrowserRequest.sameOrigin
            rebound.host = "attacker.example:8080"
            rebound.origin = "http://attacker.example:8080"
            let export = try await client.browse(.get, "/api/v1/me/export", as: rebound)
            #expect(export.status == .misdirectedRequest)
            #expect(!export.body.contains(server.harness.principal.userID.description))
            let token = try await client.browse(.post, "/api/v1/tokens", as: rebound, body: #"{"name":"x"}"#)
            #expect(token.status == .misdirectedRequest)
            #expect(try await client.browse(.get, "/", as: rebound).status == .misdirectedRequest)
            #expect(try await server.auth.service.apiTokens(of: server.harness.principal).isEmpty)
            #expect(try await client.browse(.get, "/api/v1/me/export", as: .sameOrigin).status == .ok)
            var probe = BrowserRequest(host: "10.1.2.3:8080", contentType: nil)
            #expect(try await client.browse(.get, "/health/ready", as: probe).status == .ok, "probes use the pod's IP")
            probe.host = "attacker.example"
            let summary = try await client.browse(.get, "/health/ready", as: probe)
            #expect(!summary.body.contains("version"), "a rebound page learns only the summary")
        }
    }

    @Test("a configured name is served, and only with the port it names")
    func configuredHosts() async throws {
        let site = SitePolicy(allowedHosts: [
            AllowedHost(parsing: "piper.example.com")!, AllowedHost(parsing: "localhost:8080")!,
        ])
        try await LocalServer.with(site: site) { _, client in
            var proxied = BrowserRequest.sameOrigin
            proxied.host = "piper.example.com"
            proxied.origin = "https://piper.example.com"
            let read = try await client.browse(.get, "/api/v1/todos", as: proxied)
            #expect(read.status == .ok)
            let written = try await client.browse(.post, "/api/v1/todos", as: proxied, body: #"{"title":"x"}"#)
            #expect(written.status == .created)
            var otherPort = BrowserRequest.sameOrigin
            otherPort.host = "localhost:8081"
            let misdirected = try await client.browse(.get, "/api/v1/todos", as: otherPort)
            #expect(misdirected.status == .misdirectedRequest)
        }
    }

    @Test("Bearer-token clients are not asked for an origin; the page's own requests pass")
    func bearerAndSameOrigin() async throws {
        try await AuthServer.with { _, client in
            let access = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            let cli = try await client.send(.post, "/api/v1/todos", json: #"{"title":"from the CLI"}"#, bearer: access)
            #expect(cli.status == .created)
            var headers: HTTPFields = [
                .contentType: "application/json", .authorization: "Bearer \(access)",
                .origin: "http://elsewhere.example",
            ]
            headers[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            let status = try await client.execute(
                uri: "/api/v1/todos", method: .post, headers: headers, body: ByteBuffer(string: #"{"title":"ok"}"#)
            ) { $0.status }
            #expect(status == .created)
        }
    }

    @Test(
        "sign-in, sign-up and refresh from another site are refused: no login CSRF",
        arguments: TestDatabase.availableDialects)
    func loginCSRF(dialect: Dialect) async throws {
        try await AuthServer.with(dialect) { server, client in
            try await client.signUpFirst()
            var headers: HTTPFields = [.contentType: "text/plain", .origin: "http://attacker.example"]
            headers[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            for (path, body) in [
                (
                    "/api/v1/auth/signin",
                    #"{"identifier":"alex","password":"correct horse battery","session":"cookie"}"#
                ),
                (
                    "/api/v1/auth/signup",
                    #"{"name":"Eve","email":"eve@example.com","username":"eve","password":"another long pass"}"#
                ),
                ("/api/v1/auth/refresh", "{}"),
            ] {
                let reply = try await client.execute(
                    uri: path, method: .post, headers: headers, body: ByteBuffer(string: body)
                ) { Reply(status: $0.status, headers: $0.headers, body: String(buffer: $0.body)) }
                #expect(reply.status == .forbidden, "\(path)")
                #expect(reply.cookie("piper_access") == nil, "\(path) sets no session cookie")
            }
            #expect(try await server.auth.service.stores.logins.find("eve") == nil)
            var jsonFromElsewhere = headers
            jsonFromElsewhere[.contentType] = "application/json"
            let signIn = try await client.execute(
                uri: "/api/v1/auth/signin", method: .post, headers: jsonFromElsewhere,
                body: ByteBuffer(string: #"{"identifier":"alex","password":"correct horse battery"}"#)
            ) { $0.status }
            #expect(signIn.code == 403)
        }
    }
}
