import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

/// The model-usage store's contract, on every database.
@Suite("Model usage store contract")
struct ModelUsageStoreContractTests {
    static func withStore(
        _ backend: StoreBackend, _ body: @escaping @Sendable (ModelUsageStore, ModelUsageSeed) async throws -> Void
    ) async throws {
        switch backend {
        case .memory:
            try await body(.inMemory(), try await ModelUsageSeed.make(in: .inMemory(InMemoryData())))
        case .sqlite, .postgres:
            try await TestDatabase.withMigrated(backend == .sqlite ? .sqlite : .postgres) { database in
                let seed = try await ModelUsageSeed.make(in: .sql(database))
                try await body(.sql(database, now: { Fixtures.now }), seed)
            }
        }
    }

    static func call(
        _ scope: Scope, at time: String, task: ModelTask = .floor, provider: String = "openai",
        model: String = "gpt-4o-mini", tokens: (input: Int, output: Int) = (100, 20), cost: Int64 = 150,
        latency: Double = 200, outcome: ModelCallRecord.Outcome = .success
    ) -> ModelCallRecord {
        ModelUsageSeed.call(
            scope, at: time, task: task, provider: provider, model: model, tokens: tokens, cost: cost,
            latency: latency, outcome: outcome)
    }

    @Test(
        "usage is totalled per UTC day, task, provider and model, from the start up to the end",
        arguments: StoreBackend.available)
    func groupedUsage(backend: StoreBackend) async throws {
        try await Self.withStore(backend) { store, seed in
            let owner = seed.owner
            for call in [
                Self.call(owner, at: "2026-09-20T23:59:59Z"),
                Self.call(owner, at: "2026-09-21T08:00:00Z"),
                Self.call(
                    owner, at: "2026-09-21T23:59:59Z", tokens: (50, 10), cost: 75, latency: 100, outcome: .failure),
                Self.call(owner, at: "2026-09-22T00:00:00Z", tokens: (10, 5), cost: 10, latency: 50),
                Self.call(
                    owner, at: "2026-09-22T10:00:00Z", task: .drafting, provider: "anthropic", model: "claude",
                    tokens: (200, 300), cost: 5000, latency: 900.5),
                Self.call(
                    owner, at: "2026-09-22T11:00:00Z", task: .drafting, provider: "anthropic", model: "claude",
                    tokens: (0, 0), cost: 0, latency: 0, outcome: .refused),
                Self.call(owner, at: "2026-09-23T00:00:00Z"),
            ] {
                try await store.record(call)
            }
            let rows = try await store.usage(
                owner, ModelUsageSeed.instant("2026-09-21T00:00:00Z"), ModelUsageSeed.instant("2026-09-23T00:00:00Z"),
                false)
            #expect(
                Set(rows) == [
                    ModelUsageRow(
                        day: "2026-09-21", task: .floor, provider: "openai", model: "gpt-4o-mini", calls: 2,
                        failures: 1,
                        inputTokens: 150, outputTokens: 30, costMicros: 225, latencyMilliseconds: 300),
                    ModelUsageRow(
                        day: "2026-09-22", task: .drafting, provider: "anthropic", model: "claude", calls: 2,
                        failures: 1, inputTokens: 200, outputTokens: 300, costMicros: 5000, latencyMilliseconds: 900.5),
                    ModelUsageRow(
                        day: "2026-09-22", task: .floor, provider: "openai", model: "gpt-4o-mini", calls: 1,
                        failures: 0,
                        inputTokens: 10, outputTokens: 5, costMicros: 10, latencyMilliseconds: 50),
                ])
        }
    }

    @Test(
        "a user's usage is their own; the workspace's covers every member and no other workspace",
        arguments: StoreBackend.available)
    func usageScopes(backend: StoreBackend) async throws {
        try await Self.withStore(backend) { store, seed in
            for scope in [seed.owner, seed.colleague, seed.stranger] {
                try await store.record(Self.call(scope, at: "2026-09-21T08:00:00Z"))
            }
            let from = ModelUsageSeed.instant("2026-09-01T00:00:00Z")
            let to = ModelUsageSeed.instant("2026-10-01T00:00:00Z")
            let own = try await store.usage(seed.owner, from, to, false)
            let colleagues = try await store.usage(seed.colleague, from, to, false)
            let workspace = try await store.usage(seed.colleague, from, to, true)
            let strangers = try await store.usage(seed.stranger, from, to, true)
            #expect(own.map(\.calls) == [1] && colleagues.map(\.calls) == [1])
            #expect(workspace.map(\.calls) == [2] && workspace.map(\.costMicros) == [300])
            #expect(strangers.map(\.calls) == [1])
            let empty = try await store.usage(seed.owner, to, to.addingTimeInterval(86_400), true)
            #expect(empty.isEmpty)
        }
    }

    @Test(
        "workspace spend sums every member's calls since a date, and nothing of other workspaces",
        arguments: StoreBackend.available)
    func workspaceSpend(backend: StoreBackend) async throws {
        try await Self.withStore(backend) { store, seed in
            try await store.record(Self.call(seed.owner, at: "2026-08-31T23:59:59Z", cost: 1000))
            try await store.record(Self.call(seed.owner, at: "2026-09-01T00:00:00Z", cost: 100))
            try await store.record(Self.call(seed.colleague, at: "2026-09-15T00:00:00Z", cost: 200, outcome: .failure))
            try await store.record(Self.call(seed.stranger, at: "2026-09-15T00:00:00Z", cost: 400))
            let since = ModelUsageSeed.instant("2026-09-01T00:00:00Z")
            let spent = try await store.workspaceSpend(seed.owner.workspace, since)
            let strangers = try await store.workspaceSpend(seed.stranger.workspace, since)
            let nobodys = try await store.workspaceSpend(IDGenerator.random.next(), since)
            #expect(spent == 300 && strangers == 400 && nobodys == 0)
        }
    }

    @Test(
        "a user's requests since a date count successes and failures but not refusals, and only theirs",
        arguments: StoreBackend.available)
    func userRequests(backend: StoreBackend) async throws {
        try await Self.withStore(backend) { store, seed in
            let owner = seed.owner
            try await store.record(Self.call(owner, at: "2026-09-20T23:59:59Z"))
            for outcome in ModelCallRecord.Outcome.allCases {
                try await store.record(Self.call(owner, at: "2026-09-21T01:00:00Z", outcome: outcome))
            }
            try await store.record(Self.call(seed.colleague, at: "2026-09-21T01:00:00Z"))
            let since = ModelUsageSeed.instant("2026-09-21T00:00:00Z")
            let owners = try await store.userRequests(owner, since)
            let colleagues = try await store.userRequests(seed.colleague, since)
            let strangers = try await store.userRequests(seed.stranger, since)
            #expect(owners == 2 && colleagues == 1 && strangers == 0)
        }
    }

    @Test(
        "limits are absent until set, replaced whole, kept per workspace and cleared with nil",
        arguments: StoreBackend.available)
    func limits(backend: StoreBackend) async throws {
        try await Self.withStore(backend) { store, seed in
            let workspace = seed.owner.workspace
            #expect(try await store.limits(workspace) == nil)
            let first = ModelLimits(monthlyBudgetMicros: 5_000_000, dailyRequestsPerUser: 100)
            try await store.setLimits(workspace, first)
            #expect(try await store.limits(workspace) == first)
            #expect(try await store.limits(seed.stranger.workspace) == nil)
            let second = ModelLimits(monthlyBudgetMicros: nil, dailyRequestsPerUser: 20)
            try await store.setLimits(workspace, second)
            #expect(try await store.limits(workspace) == second)
            try await store.setLimits(workspace, .unlimited)
            #expect(try await store.limits(workspace) == .unlimited)
            try await store.setLimits(workspace, nil)
            #expect(try await store.limits(workspace) == nil)
        }
    }
}
