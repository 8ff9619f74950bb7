import Foundation
import HummingbirdTesting
import PiperCore
import PiperServer
import PiperStorage
import PiperTestSupport
import Testing

/// `/api/v1/usage`: model calls recorded through the store, totalled for the caller or the workspace, and
/// the workspace's limits.
@Suite("Usage routes")
struct UsageRoutesTests {
    /// The configured defaults the test server runs with.
    static let defaults = ModelLimits(monthlyBudgetMicros: 20_000_000, dailyRequestsPerUser: 200)

    /// Two providers, one of them with its circuit open.
    static let providers = [
        ModelProviderState(name: "openai", kind: "openai", circuit: .closed, consecutiveFailures: 0),
        ModelProviderState(
            name: "anthropic", kind: "anthropic", circuit: .open, consecutiveFailures: 5, lastError: "timeout"),
    ]

    @Test("calls recorded through the store appear per day, task and model, with costs and the limits in force")
    func report() async throws {
        try await ChatServer.with { server, client in
            try await Self.seed(server, colleague: try await Self.colleague(of: server))
            let response = try await client.call(.get, "/api/v1/usage")
            #expect(response.status == .ok)
            let body = try jsonObject(response.body)
            #expect(body["scope"] as? String == "me")
            #expect(body["from"] as? String == "2026-09-01" && body["to"] as? String == "2026-09-21")
            let totals = try #require(body["totals"] as? [String: Any])
            #expect(totals["calls"] as? Int == 3 && totals["failures"] as? Int == 1)
            #expect(totals["inputTokens"] as? Int == 3500 && totals["outputTokens"] as? Int == 1300)
            #expect(totals["costMicros"] as? Int == 23_250 && totals["cost"] as? String == "$0.02")
            let days = try #require(body["byDay"] as? [[String: Any]])
            #expect(days.map { $0["day"] as? String } == ["2026-09-02", "2026-09-21"])
            #expect(days.map { $0["costMicros"] as? Int } == [22_500, 750])
            let tasks = try #require(body["byTask"] as? [[String: Any]])
            #expect(tasks.map { $0["task"] as? String } == ["drafting", "floor"])
            #expect(tasks.map { $0["calls"] as? Int } == [1, 2])
            let models = try #require(body["byModel"] as? [[String: Any]])
            #expect(models.map { $0["model"] as? String } == ["claude-sonnet", "gpt-4o-mini"])
            #expect(models.map { $0["provider"] as? String } == ["anthropic", "openai"])
            #expect(models.map { $0["cost"] as? String } == ["$0.02", "$0.0023"])
            let limits = try #require(body["limits"] as? [String: Any])
            #expect(limits["source"] as? String == "default" && limits["monthlyBudgetUsd"] as? Double == 20)
            #expect(limits["monthlyBudget"] as? String == "$20.00" && limits["dailyRequestsPerUser"] as? Int == 200)
            #expect(limits["spentThisMonthMicros"] as? Int == 33_250 && limits["usedToday"] as? Int == 1)
            let providers = try #require(body["providers"] as? [[String: Any]])
            #expect(providers.map { $0["circuit"] as? String } == ["closed", "open"])
        }
    }

    @Test("a period is chosen by UTC days, and the workspace's usage covers every member")
    func periodsAndWorkspace() async throws {
        try await ChatServer.with { server, client in
            try await Self.seed(server, colleague: try await Self.colleague(of: server))
            let august = try jsonObject(try await client.call(.get, "/api/v1/usage?from=2026-08-31&to=2026-08-31").body)
            #expect((august["totals"] as? [String: Any])?["costMicros"] as? Int == 99_000)
            let workspace = try jsonObject(try await client.call(.get, "/api/v1/usage?scope=workspace").body)
            let totals = try #require(workspace["totals"] as? [String: Any])
            #expect(workspace["scope"] as? String == "workspace")
            #expect(totals["calls"] as? Int == 4 && totals["costMicros"] as? Int == 33_250)
            let colleagues = try jsonObject(try await client.call(.get, "/api/v1/usage", as: "colleague").body)
            #expect((colleagues["totals"] as? [String: Any])?["costMicros"] as? Int == 10_000)
        }
    }

    @Test("a plain member may not read the workspace's usage; bad periods and scopes are 400 with a message")
    func refusals() async throws {
        try await ChatServer.with { _, client in
            let forbidden = try await client.call(.get, "/api/v1/usage?scope=workspace", as: "colleague")
            #expect(forbidden.status == .forbidden)
            #expect((try jsonObject(forbidden.body)["error"] as? [String: Any])?["code"] as? String == "forbidden")
            for query in [
                "scope=everyone", "from=2026-13-01", "from=2026-02-30", "to=yesterday", "from=2026-09-22&to=2026-09-21",
                "from=2025-01-01&to=2026-09-21",
            ] {
                let response = try await client.call(.get, "/api/v1/usage?\(query)")
                #expect(response.status == .badRequest, "\(query)")
                let error = try jsonObject(response.body)["error"] as? [String: Any]
                #expect((error?["message"] as? String)?.isEmpty == false, "\(query)")
            }
        }
    }

    /// The usage dependencies of ``ChatServer``.
    static func dependencies(_ database: Database) -> UsageDependencies {
        UsageDependencies(store: .sql(database), defaults: defaults, providers: { providers })
    }

    /// Records a call for `scope` at an ISO 8601 instant.
    static func record(
        _ scope: Scope, at time: String, in database: Database, task: ModelTask = .floor,
        model: (provider: String, name: String) = ("openai", "gpt-4o-mini"), tokens: (Int, Int) = (1000, 200),
        cost: Int64 = 1_500, outcome: ModelCallRecord.Outcome = .success
    ) async throws {
        let instant = try #require(ISO8601DateFormatter().date(from: time))
        try await ModelUsageStore.sql(database).record(
            ModelCallRecord(
                id: IDGenerator.random.next(), scope: scope, task: task, provider: model.provider, model: model.name,
                inputTokens: tokens.0, outputTokens: tokens.1, costMicros: cost, latencyMilliseconds: 400,
                outcome: outcome, createdAt: instant))
    }

    /// The owner's calls this month (Fixtures.now is 2026-09-21 14:13 UTC), one last month, and a colleague's.
    static func seed(_ server: ChatServer, colleague: Scope) async throws {
        let owner = server.owner.principal.scope
        let database = server.database
        try await record(owner, at: "2026-08-31T23:00:00Z", in: database, cost: 99_000)
        try await record(owner, at: "2026-09-02T10:00:00Z", in: database)
        try await record(
            owner, at: "2026-09-02T11:00:00Z", in: database, task: .drafting, model: ("anthropic", "claude-sonnet"),
            tokens: (2000, 1000), cost: 21_000)
        try await record(
            owner, at: "2026-09-21T09:00:00Z", in: database, tokens: (500, 100), cost: 750, outcome: .failure)
        try await record(colleague, at: "2026-09-21T09:30:00Z", in: database, cost: 10_000)
    }

    static func colleague(of server: ChatServer) async throws -> Scope {
        let workspace = server.owner.principal.workspaceID
        let members = try await server.auth.service.stores.members.list(workspace)
        let member = try #require(members.first { $0.role == .member })
        return Scope(workspace: workspace, owner: member.user.id)
    }
}
