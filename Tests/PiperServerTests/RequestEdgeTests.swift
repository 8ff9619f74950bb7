import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperServer
import PiperTestSupport
import Testing

@Suite("Request IDs and JSON errors")
struct RequestEdgeTests {
    private static let requestID = HTTPField.Name("X-Request-ID")!

    private static func app() -> some ApplicationProtocol {
        Application(router: buildRouter(ServerDependencies(readinessChecks: [], version: "test")))
    }

    private struct ErrorBody: Decodable {
        struct Detail: Decodable {
            var status: Int
            var code: String
            var message: String
            var requestID: String
        }

        var error: Detail
    }

    @Test("every response carries a fresh request ID")
    func mintsIDs() async throws {
        try await Self.app().test(.router) { client in
            let first = try await client.execute(uri: "/health/live", method: .get).headers[Self.requestID]
            let second = try await client.execute(uri: "/health/live", method: .get).headers[Self.requestID]
            #expect(first?.isEmpty == false)
            #expect(first != second)
        }
    }

    @Test("a caller's sane request ID is echoed; an unsafe one is replaced")
    func echoesSaneIDs() async throws {
        try await Self.app().test(.router) { client in
            let sane = try await client.execute(
                uri: "/health/live", method: .get, headers: [Self.requestID: "trace-42.a_b"])
            #expect(sane.headers[Self.requestID] == "trace-42.a_b")
            let unsafe = try await client.execute(
                uri: "/health/live", method: .get, headers: [Self.requestID: "bad id\u{7F}<script>"]
            )
            #expect(unsafe.headers[Self.requestID] != "bad id\u{7F}<script>")
            #expect(unsafe.headers[Self.requestID]?.isEmpty == false)
        }
    }

    @Test("an unknown route is a JSON 404 naming the request ID")
    func notFound() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/no/such/route", method: .get, headers: [Self.requestID: "req-1"]) {
                response in
                #expect(response.status == .notFound)
                let body = try JSONDecoder().decode(ErrorBody.self, from: Data(buffer: response.body))
                #expect(body.error.status == 404)
                #expect(body.error.code == "not_found")
                #expect(body.error.requestID == "req-1")
                #expect(body.error.message.contains("/no/such/route"))
            }
        }
    }

    @Test("a wrong method on a known path is a JSON client error, never a 500")
    func wrongMethod() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/health/ready", method: .delete) { response in
                #expect((400..<500).contains(response.status.code))
                let body = try JSONDecoder().decode(ErrorBody.self, from: Data(buffer: response.body))
                #expect(body.error.status == Int(response.status.code))
            }
        }
    }

    @Test("storage outages become 503 and unexpected errors a 500 that shows no internals")
    func errorMapping() async throws {
        struct Internal: Error, CustomStringConvertible { var description: String { "password=hunter2 at line 3" } }
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: JSONErrorMiddleware())
        router.get("storage") { _, _ -> String in throw StorageError.unavailable("cannot connect to db:5432") }
        router.get("internal") { _, _ -> String in throw Internal() }
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/storage", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let body = try JSONDecoder().decode(ErrorBody.self, from: Data(buffer: response.body))
                #expect(body.error.code == "storage_unavailable")
                #expect(!body.error.message.contains("db:5432"))
            }
            try await client.execute(uri: "/internal", method: .get) { response in
                #expect(response.status == .internalServerError)
                let text = String(buffer: response.body)
                #expect(!text.contains("hunter2"))
                #expect(response.headers[Self.requestID] != nil)
            }
        }
    }
}

@Suite("Request logging")
struct RequestLoggingTests {
    @Test("the request's log line carries the same ID as its response")
    func logLinesCarryTheRequestID() async throws {
        let logs = CapturedLogs()
        let router = buildRouter(ServerDependencies(readinessChecks: [], version: "test"))
        try await Application(router: router, logger: logs.logger()).test(.router) { client in
            let response = try await client.execute(uri: "/health/live", method: .get)
            let id = try #require(response.headers[HTTPField.Name("X-Request-ID")!])
            let finished = logs.records.filter { $0.message == "request.finished" }
            #expect(finished.count == 1)
            #expect(finished.first?.metadata["request.id"] == id)
            #expect(finished.first?.metadata["http.status"] == "200")
        }
    }
}
