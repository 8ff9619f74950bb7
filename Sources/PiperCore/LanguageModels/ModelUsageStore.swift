import Foundation

/// The accounting of model calls, and the limits that budgets and caps enforce.
package struct ModelUsageStore: Sendable {
    /// Stores one call.
    package var record: @Sendable (_ call: ModelCallRecord) async throws -> Void
    /// Totals for calls made in `[from, to)`: the user's own (`scope`), or the whole workspace when
    /// `wholeWorkspace` is true; grouped by UTC day, task, provider and model.
    package var usage:
        @Sendable (_ scope: Scope, _ from: Date, _ to: Date, _ wholeWorkspace: Bool) async throws -> [ModelUsageRow]
    /// Micro-dollars the workspace spent on calls since `since`.
    package var workspaceSpend: @Sendable (_ workspaceID: Workspace.ID, _ since: Date) async throws -> Int64
    /// Calls (not refusals) the user made since `since`.
    package var userRequests: @Sendable (_ scope: Scope, _ since: Date) async throws -> Int
    /// The workspace's limits, or `nil` when it has set none of its own.
    package var limits: @Sendable (_ workspaceID: Workspace.ID) async throws -> ModelLimits?
    /// Sets (or with `nil` clears) the workspace's limits.
    package var setLimits: @Sendable (_ workspaceID: Workspace.ID, _ limits: ModelLimits?) async throws -> Void

    /// Creates a store from its endpoints.
    package init(
        record: @escaping @Sendable (_ call: ModelCallRecord) async throws -> Void,
        usage:
            @escaping @Sendable (_ scope: Scope, _ from: Date, _ to: Date, _ wholeWorkspace: Bool) async throws
            -> [ModelUsageRow],
        workspaceSpend: @escaping @Sendable (_ workspaceID: Workspace.ID, _ since: Date) async throws -> Int64,
        userRequests: @escaping @Sendable (_ scope: Scope, _ since: Date) async throws -> Int,
        limits: @escaping @Sendable (_ workspaceID: Workspace.ID) async throws -> ModelLimits?,
        setLimits: @escaping @Sendable (_ workspaceID: Workspace.ID, _ limits: ModelLimits?) async throws -> Void
    ) {
        self.record = record
        self.usage = usage
        self.workspaceSpend = workspaceSpend
        self.userRequests = userRequests
        self.limits = limits
        self.setLimits = setLimits
    }
}

/// Totals of the calls sharing a UTC day, task, provider and model.
package struct ModelUsageRow: Hashable, Sendable {
    /// The UTC day, `YYYY-MM-DD`.
    package var day: String
    /// The task.
    package var task: ModelTask
    /// The provider's configured name.
    package var provider: String
    /// The model.
    package var model: String
    /// Calls made, whatever their outcome.
    package var calls: Int
    /// Calls that failed or were refused.
    package var failures: Int
    /// Tokens sent.
    package var inputTokens: Int
    /// Tokens received.
    package var outputTokens: Int
    /// Micro-dollars.
    package var costMicros: Int64
    /// Summed latency in milliseconds (divide by `calls` for the mean).
    package var latencyMilliseconds: Double

    /// Creates a row.
    package init(
        day: String, task: ModelTask, provider: String, model: String, calls: Int, failures: Int, inputTokens: Int,
        outputTokens: Int, costMicros: Int64, latencyMilliseconds: Double
    ) {
        self.day = day
        self.task = task
        self.provider = provider
        self.model = model
        self.calls = calls
        self.failures = failures
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costMicros = costMicros
        self.latencyMilliseconds = latencyMilliseconds
    }
}

/// A workspace's monthly model budget and each member's daily request cap; `nil` means no limit.
package struct ModelLimits: Hashable, Sendable, Codable {
    /// Micro-dollars the workspace may spend per calendar month (UTC).
    package var monthlyBudgetMicros: Int64?
    /// Model calls each user may make per UTC day.
    package var dailyRequestsPerUser: Int?

    /// Creates limits.
    package init(monthlyBudgetMicros: Int64? = nil, dailyRequestsPerUser: Int? = nil) {
        self.monthlyBudgetMicros = monthlyBudgetMicros
        self.dailyRequestsPerUser = dailyRequestsPerUser
    }

    /// No limits.
    package static let unlimited = ModelLimits()
}
