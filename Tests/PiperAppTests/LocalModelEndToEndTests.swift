import AsyncHTTPClient
import Configuration
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PiperApp
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

/// Real turns through Piper to a real OpenAI-compatible model server (`scripts/local-llm.sh start`), enabled
/// by `PIPER_TEST_LLM_URL` (and `PIPER_TEST_LLM_MODEL`), as CI does.
@Suite("End to end with a local language model", .enabled(if: LocalModel.url != nil), .serialized)
struct LocalModelEndToEndTests {
    @Test("A strategy turn streams a grounded answer from the model, and every call is accounted")
    func floorStreamsGroundedAnswer() async throws {
        let base = try #require(LocalModel.url)
        try await LocalModel.withApplication(baseURL: base) { client in
            let conversation = try await LocalModel.startConversation(client)
            _ = try await LocalModel.post(client, conversation, "add a todo to interview three field technicians")
            let events = try await LocalModel.stream(
                client, conversation, "help me explain why we're building offline mode")
            let deltas = events.filter { $0.name == "delta" }
            #expect(deltas.count > 1)
            let turns = try #require(events.last { $0.name == "turns" }?.json?["turns"])
            guard case .array(let pair) = turns, let reply = pair.last else {
                Issue.record("no turns event: \(events.map(\.name))")
                return
            }
            #expect(reply["action"]?.stringValue == "articulate_why")
            let text = reply["text"]?.stringValue ?? ""
            #expect(!text.isEmpty)
            #expect(!text.contains("without a language model"))
            let sources = reply["provenance"]?.jsonText ?? ""
            #expect(sources.contains("language model"))
            #expect(sources.contains("your todos"))
            let streamed = deltas.compactMap { $0.json?["text"]?.stringValue }.joined()
            #expect(text.hasPrefix(streamed.trimmingCharacters(in: .whitespacesAndNewlines).prefix(20)))
            let usage = try await LocalModel.json(client, "/api/v1/usage")
            let tasks = usage["byTask"]?.jsonText ?? ""
            #expect(tasks.contains("drafting"))
            #expect((usage["totals"]?["calls"]?.numberValue ?? 0) >= 1)
            #expect((usage["totals"]?["outputTokens"]?.numberValue ?? 0) > 0)
        }
    }

    @Test("An unsure message is classified by the model into a registry action")
    func classifierFallbackAnswersWithRegistryAction() async throws {
        let base = try #require(LocalModel.url)
        try await LocalModel.withApplication(baseURL: base) { client in
            let conversation = try await LocalModel.startConversation(client)
            let turns = try await LocalModel.post(client, conversation, "list the stuff i owe people")
            guard case .array(let pair)? = turns["turns"], let user = pair.first else {
                Issue.record("unexpected answer \(turns)")
                return
            }
            let action = try #require(user["action"]?.stringValue)
            #expect(ActionRegistry.standard.labels.contains(action))
            // The model answered within the schema; Piper keeps its own answer only when the model's choice was
            // not among the classifier's candidates, which this message's answer has been.
            let decidedBy = user["decidedBy"]?.stringValue ?? ""
            #expect(["language-model", "classifier"].contains(decidedBy))
            let usage = try await LocalModel.json(client, "/api/v1/usage")
            guard case .array(let tasks)? = usage["byTask"],
                let classification = tasks.first(where: { $0["task"]?.stringValue == "classification" })
            else {
                Issue.record("no classification call was accounted: \(usage.jsonText)")
                return
            }
            #expect(classification["calls"]?.numberValue == 1)
            #expect(classification["failures"]?.numberValue == 0)
        }
    }

    @Test("When the model server goes away the circuit opens and Piper answers deterministically, never 5xx")
    func deadModelOpensCircuit() async throws {
        let base = try #require(URL(string: LocalModel.url ?? ""))
        let proxy = try await TCPProxy.start(forwardingTo: base.host ?? "127.0.0.1", port: base.port ?? 80)
        let proxied = "http://127.0.0.1:\(proxy.port)\(base.path)"
        try await LocalModel.withApplication(baseURL: proxied, extra: ["models.retries": "0"]) { client in
            let conversation = try await LocalModel.startConversation(client)
            proxy.cut()
            for _ in 0..<4 {
                let events = try await LocalModel.stream(client, conversation, "help me lay out next quarter's roadmap")
                let reply = try #require(events.last { $0.name == "turns" })
                let answer = reply.json?.jsonText ?? ""
                #expect(answer.contains("Now"))
            }
            let health = try await client.execute(uri: "/health/ready", method: .get)
            #expect(health.status == .ok)
            let report = JSONValue.parse(String(buffer: health.body))
            #expect(report?["status"]?.stringValue == "degraded")
            let circuits = report?["languageModels"]?.jsonText ?? ""
            #expect(circuits.contains("\"circuit\":\"open\""))
            let events = try await LocalModel.stream(client, conversation, "help me lay out next quarter's roadmap")
            let last = events.last?.json?.jsonText ?? ""
            #expect(last.contains("isn't answering right now"))
        }
        await proxy.stop()
    }
}

/// The local model server the suite talks to, and helpers to drive Piper over HTTP.
enum LocalModel {
    static var url: String? { ProcessInfo.processInfo.environment["PIPER_TEST_LLM_URL"] }
    static var model: String { ProcessInfo.processInfo.environment["PIPER_TEST_LLM_MODEL"] ?? "local" }

    /// One server-sent event.
    struct Event {
        var name: String
        var json: JSONValue?
    }

    static func withApplication(
        baseURL: String, extra: [String: String] = [:],
        _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        try await TestDatabase.withFreshLocation(.sqlite) { location in
            var flags = [
                "database.url": location.configurationText, "http.port": "0", "models.providers": "local",
                "models.local.base_url": baseURL, "models.local.model": model, "models.local.timeout": "120",
                "models.classifier.threshold": "0.5",
            ]
            flags.merge(extra) { _, new in new }
            let reader = try await ConfigSources(flags: flags, environment: [:]).makeReader()
            let app = try await buildApplication(reader: reader, logger: TestDatabase.logger)
            try await app.testLive { client in try await body(client) }
        }
    }

    static func startConversation(_ client: any TestClientProtocol) async throws -> String {
        let created = try await json(client, "/api/v1/conversations", method: .post, body: "{}")
        return try #require(created["id"]?.stringValue)
    }

    static func post(_ client: any TestClientProtocol, _ conversation: String, _ text: String) async throws -> JSONValue
    {
        try await json(
            client, "/api/v1/conversations/\(conversation)/turns", method: .post,
            body: JSONValue.object(["text": .string(text)]).jsonText)
    }

    /// Posts a turn asking for server-sent events and reads them as they arrive, with a deadline long enough
    /// for a small model on two cores; returns the events and when the first `delta` came.
    static func stream(_ client: any TestClientProtocol, _ conversation: String, _ text: String) async throws -> [Event]
    {
        let port = try #require(client.port)
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/conversations/\(conversation)/turns")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "text/event-stream")
        request.body = .bytes(ByteBuffer(string: JSONValue.object(["text": .string(text)]).jsonText))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(240))
        #expect(response.status == .ok)
        var received = ""
        for try await chunk in response.body { received += String(buffer: chunk) }
        return events(in: received)
    }

    static func events(in text: String) -> [Event] {
        text.components(separatedBy: "\n\n").compactMap { block in
            var name = "message"
            var data: [String] = []
            for line in block.split(separator: "\n").map(String.init) {
                let value = line.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("event:") { name = value }
                if line.hasPrefix("data:") { data.append(value) }
            }
            return data.isEmpty ? nil : Event(name: name, json: JSONValue.parse(data.joined(separator: "\n")))
        }
    }

    static func json(
        _ client: any TestClientProtocol, _ uri: String, method: HTTPRequest.Method = .get, body: String? = nil
    ) async throws -> JSONValue {
        let response = try await client.execute(
            uri: uri, method: method, headers: [.contentType: "application/json"],
            body: body.map { ByteBuffer(string: $0) })
        #expect(response.status.code < 300, "\(uri) answered \(response.status)")
        return JSONValue.parse(String(buffer: response.body)) ?? .null
    }
}
