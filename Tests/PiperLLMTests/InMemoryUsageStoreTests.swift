import Foundation
import PiperCore
import PiperTestSupport
import Testing

@Suite("In-memory model usage store")
struct InMemoryUsageStoreTests {
    private static let day = Date(timeIntervalSince1970: 1_790_000_000)

    private static func call(
        _ scope: Scope, _ task: ModelTask, at date: Date, outcome: ModelCallRecord.Outcome = .success, cost: Int64 = 100
    ) -> ModelCallRecord {
        ModelCallRecord(
            id: Identifier(UUID()), scope: scope, task: task, provider: "openai", model: "gpt-4o-mini", inputTokens: 10,
            outputTokens: 5, costMicros: outcome == .success ? cost : 0, latencyMilliseconds: 20, outcome: outcome,
            errorType: outcome == .success ? nil : "x", createdAt: date)
    }

    @Test("rows group by UTC day, task, provider and model, for one user or the whole workspace")
    func rows() async throws {
        let store = ModelUsageStore.inMemory()
        try await store.record(Self.call(Samples.scope, .floor, at: Self.day))
        try await store.record(Self.call(Samples.scope, .floor, at: Self.day.addingTimeInterval(60), outcome: .failure))
        try await store.record(Self.call(Samples.otherUser, .floor, at: Self.day))
        try await store.record(Self.call(Samples.scope, .drafting, at: Self.day.addingTimeInterval(86_400)))
        let mine = try await store.usage(Samples.scope, .distantPast, .distantFuture, false)
        #expect(mine.map(\.calls) == [2, 1] && mine.map(\.failures) == [1, 0])
        #expect(
            mine.first?.day == "2026-09-21" && mine.first?.costMicros == 100 && mine.first?.latencyMilliseconds == 40)
        let everyone = try await store.usage(Samples.scope, .distantPast, .distantFuture, true)
        #expect(everyone.map(\.calls) == [3, 1])
        let firstDay = try await store.usage(Samples.scope, Self.day, Self.day.addingTimeInterval(3600), true)
        #expect(firstDay.map(\.task) == [.floor])
    }

    @Test("spend is the workspace's; request counts are the user's and leave out refusals; limits are kept")
    func spendCountsAndLimits() async throws {
        let store = ModelUsageStore.inMemory()
        try await store.record(Self.call(Samples.scope, .floor, at: Self.day, cost: 250))
        try await store.record(Self.call(Samples.otherUser, .floor, at: Self.day, cost: 50))
        try await store.record(Self.call(Samples.scope, .floor, at: Self.day, outcome: .refused))
        #expect(try await store.workspaceSpend(Samples.scope.workspace, .distantPast) == 300)
        #expect(try await store.workspaceSpend(Samples.scope.workspace, Self.day.addingTimeInterval(1)) == 0)
        #expect(try await store.userRequests(Samples.scope, .distantPast) == 1)
        #expect(try await store.limits(Samples.scope.workspace) == nil)
        try await store.setLimits(Samples.scope.workspace, ModelLimits(dailyRequestsPerUser: 5))
        #expect(try await store.limits(Samples.scope.workspace)?.dailyRequestsPerUser == 5)
        try await store.setLimits(Samples.scope.workspace, nil)
        #expect(try await store.limits(Samples.scope.workspace) == nil)
    }
}
