import ArgumentParser
import Foundation
import Logging
import PiperCore
import PiperLLM
import PiperStorage

/// `piper-bench models`: what routing, limits and accounting add to each language-model call.
struct ModelBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Time the gateway's own work per model call (limits, accounting, parsing) and the usage report.",
        discussion: """
            The provider answers instantly from memory, so the numbers are Piper's overhead on top of a real \
            model's latency. Uses a fresh temporary SQLite file unless --database names another location.
            """
    )

    @Option(help: "A SQLite path or postgres:// URL; its data is added to, never removed.")
    var database: String?

    @Option(help: "Calls of each kind to time.")
    var calls = 2_000

    func run() async throws {
        let plan = ModelPlan(calls: calls)
        let (location, measurements) = try await BenchDatabase.withMigrated(database) { try await plan.measure(on: $0) }
        print("model gateway benchmark on \(location)")
        for measurement in measurements { print(measurement.line) }
    }
}

/// The timed operations of the model benchmark.
struct ModelPlan: Sendable {
    let calls: Int

    static let completion = #"""
        {"id":"chatcmpl-1","object":"chat.completion","model":"bench-model","choices":[{"index":0,"message":{"role":"assistant","content":"{\"action\":\"list_todos\"}"},"finish_reason":"stop"}],"usage":{"prompt_tokens":900,"completion_tokens":8,"total_tokens":908}}
        """#

    static var streamed: String {
        let pieces = (0..<20).map { index in
            #"data: {"id":"c","object":"chat.completion.chunk","model":"bench-model","choices":[{"index":0,"delta":{"content":"word\#(index) "}}]}"#
        }
        let usage =
            #"data: {"id":"c","object":"chat.completion.chunk","model":"bench-model","choices":[],"usage":{"prompt_tokens":900,"completion_tokens":20}}"#
        return (pieces + [usage, "data: [DONE]"]).joined(separator: "\n\n") + "\n\n"
    }

    func measure(on database: Database) async throws -> [Measurement] {
        let scope = try await Self.member(of: database)
        let usage = ModelUsageStore.sql(database)
        let plain = gateway(usage: usage, limits: .unlimited)
        let request = ModelRequest(
            task: .classification, system: "bench", messages: [ModelMessage(.user, "hello")],
            attribution: ModelAttribution(scope: scope))
        let unlimited = try await Measurement.time("call", calls) { _ = try await plain.complete(request) }
        let limited = gateway(
            usage: usage, limits: ModelLimits(monthlyBudgetMicros: 1_000_000_000, dailyRequestsPerUser: 1_000_000))
        let checked = try await Measurement.time("call+limits", calls) { _ = try await limited.complete(request) }
        let streaming = try await Measurement.time("stream 20 pcs", calls) {
            for try await _ in limited.stream(request) {}
        }
        let now = Date()
        let report = try await Measurement.time("usage report", 200) {
            _ = try await usage.usage(scope, now.addingTimeInterval(-31 * 86_400), now, true)
        }
        return [unlimited, checked, streaming, report]
    }

    /// A new workspace with one member, whose calls are timed.
    static func member(of database: Database) async throws -> Scope {
        let accounts = AccountStore.sql(database)
        let now = Date()
        let workspace = Workspace(id: .init(UUID()), name: "Bench", createdAt: now)
        let user = User(id: .init(UUID()), displayName: "Bench", email: nil, timeZone: "UTC", createdAt: now)
        try await accounts.insertWorkspace(workspace)
        try await accounts.insertUser(user)
        try await accounts.upsertMembership(
            Membership(workspaceID: workspace.id, userID: user.id, role: .member, createdAt: now))
        return Scope(workspace: workspace.id, owner: user.id)
    }

    private func gateway(usage: ModelUsageStore, limits: ModelLimits) -> ModelGateway {
        let (transport, _) = ModelTransport.scripted { request, _ in
            String(decoding: request.body, as: UTF8.self).contains(#""stream":true"#)
                ? .text(Self.streamed) : .text(Self.completion)
        }
        let settings = ModelGatewaySettings(
            providers: [
                ModelProviderSettings(
                    name: "bench", kind: .openai, baseURL: "http://bench.invalid/v1", model: "bench-model")
            ],
            prices: ModelPriceTable(["bench-model": .init(inputPerMillion: 0.15, outputPerMillion: 0.6)]),
            defaultLimits: limits)
        return ModelGateway(settings: settings, transport: transport, usage: usage, logger: BenchDatabase.logger)
    }

}
