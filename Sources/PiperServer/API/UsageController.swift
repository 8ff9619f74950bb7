import Foundation
import Hummingbird
import PiperCore

/// `/api/v1/usage`: what model calls cost the caller or (owners and admins) the workspace, and the
/// workspace's monthly budget and daily cap per user.
struct UsageController: Sendable {
    let usage: UsageDependencies
    let audit: AuditLog?
    let engine: EngineDependencies

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get(use: report)
        group.get("limits", use: limits)
        group.put("limits", use: setLimits)
        group.delete("limits", use: resetLimits)
    }

    @Sendable func report(_ request: Request, context: PrincipalContext) async throws -> UsageReportDTO {
        let query = request.uri.queryParameters
        let scope = query.get("scope") ?? "me"
        guard ["me", "workspace"].contains(scope) else {
            throw APIError(status: .badRequest, code: "invalid_scope", message: "scope must be me or workspace.")
        }
        if scope == "workspace" { try context.requireAdministrator() }
        let period = try UsagePeriod(from: query.get("from"), to: query.get("to"), now: engine.clock.now())
        let rows = try await usage.store.usage(context.scope, period.start, period.end, scope == "workspace")
        let summary = UsageSummary(rows)
        return UsageReportDTO(
            scope: scope, from: period.firstDay, to: period.lastDay, totals: UsageEntryDTO(summary.totals),
            byDay: summary.days, byTask: summary.tasks, byModel: summary.models,
            limits: try await limitsInForce(context), providers: await usage.providers().map(ModelProviderDTO.init))
    }

    @Sendable func limits(_ request: Request, context: PrincipalContext) async throws -> UsageLimitsDTO {
        try await limitsInForce(context)
    }

    @Sendable func setLimits(_ request: Request, context: PrincipalContext) async throws -> UsageLimitsDTO {
        try context.requireAdministrator()
        let limits = try await request.decodeBody(UsageLimitsBody.self, context: context).limits()
        try await usage.store.setLimits(context.principal.workspaceID, limits)
        try await record(Self.describe(limits), context: context)
        return try await limitsInForce(context)
    }

    @Sendable func resetLimits(_ request: Request, context: PrincipalContext) async throws -> UsageLimitsDTO {
        try context.requireAdministrator()
        try await usage.store.setLimits(context.principal.workspaceID, nil)
        try await record("configured defaults", context: context)
        return try await limitsInForce(context)
    }

    private func limitsInForce(_ context: PrincipalContext) async throws -> UsageLimitsDTO {
        let now = engine.clock.now()
        let own = try await usage.store.limits(context.principal.workspaceID)
        let spent = try await usage.store.workspaceSpend(context.principal.workspaceID, UsageCalendar.startOfMonth(now))
        let used = try await usage.store.userRequests(context.scope, UsageCalendar.startOfDay(now))
        return UsageLimitsDTO(
            own ?? usage.defaults, isWorkspaceOwn: own != nil, spentThisMonthMicros: spent, usedToday: used)
    }

    private func record(_ detail: String, context: PrincipalContext) async throws {
        try await audit?.record(
            AuditEvent(
                id: engine.ids.next(), scope: context.scope, actor: context.principal.userID,
                action: .modelLimitsChanged, target: context.principal.workspaceID.description,
                requestID: context.requestID, createdAt: engine.clock.now(), detail: detail))
    }

    /// "budget $50.00 a month, 200 calls per user a day", for the audit log.
    static func describe(_ limits: ModelLimits) -> String {
        let budget = limits.monthlyBudgetMicros.map { "budget \(ModelCost.dollars($0)) a month" } ?? "no budget"
        let cap = limits.dailyRequestsPerUser.map { "\($0) calls per user a day" } ?? "no daily cap"
        return "\(budget), \(cap)"
    }
}
