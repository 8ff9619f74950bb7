import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport

/// Two members of one workspace and a stranger in another, with model calls made at chosen instants.
struct ModelUsageSeed: Sendable {
    var owner: Scope
    var colleague: Scope
    var stranger: Scope

    /// Creates the three members in `accounts`.
    static func make(in accounts: AccountStore) async throws -> ModelUsageSeed {
        let workspace = Fixtures.workspace()
        return ModelUsageSeed(
            owner: try await Fixtures.makeScope(in: accounts, workspace: workspace),
            colleague: try await Fixtures.makeScope(in: accounts, workspace: workspace, role: .member),
            stranger: try await Fixtures.makeScope(in: accounts))
    }

    /// The instant an ISO 8601 UTC text such as `2026-09-21T08:00:00Z` names.
    static func instant(_ text: String) -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else { preconditionFailure("bad instant \(text)") }
        return date
    }

    /// A call by `scope` at `time`.
    static func call(
        _ scope: Scope, at time: String, task: ModelTask = .floor, provider: String = "openai",
        model: String = "gpt-4o-mini", tokens: (input: Int, output: Int) = (100, 20), cost: Int64 = 150,
        latency: Double = 200, outcome: ModelCallRecord.Outcome = .success
    ) -> ModelCallRecord {
        ModelCallRecord(
            id: IDGenerator.random.next(), scope: scope, task: task, provider: provider, model: model,
            inputTokens: tokens.input, outputTokens: tokens.output, costMicros: cost, latencyMilliseconds: latency,
            outcome: outcome, errorType: outcome == .success ? nil : "timeout", createdAt: instant(time))
    }
}
