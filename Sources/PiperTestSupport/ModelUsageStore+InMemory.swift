import Foundation
import PiperCore
import Synchronization

extension ModelUsageStore {
    /// A working store kept in memory: records, totals by UTC day, task, provider and model, spend and limits.
    package static func inMemory() -> ModelUsageStore {
        let state = InMemoryModelUsage()
        return ModelUsageStore(
            record: { state.append($0) },
            usage: { scope, from, to, wholeWorkspace in
                state.rows(scope: scope, from: from, to: to, wholeWorkspace: wholeWorkspace)
            },
            workspaceSpend: { workspace, since in
                state.calls { $0.scope.workspace == workspace && $0.createdAt >= since }.reduce(0) {
                    $0 + $1.costMicros
                }
            },
            userRequests: { scope, since in
                state.calls { $0.scope == scope && $0.createdAt >= since && $0.outcome != .refused }.count
            },
            limits: { state.limits(of: $0) },
            setLimits: { state.setLimits($1, of: $0) })
    }
}

/// The store's records and limits, guarded by one mutex.
private final class InMemoryModelUsage: Sendable {
    private struct Contents {
        var calls: [ModelCallRecord] = []
        var limits: [Workspace.ID: ModelLimits] = [:]
    }

    private let contents = Mutex(Contents())

    func append(_ call: ModelCallRecord) {
        contents.withLock { $0.calls.append(call) }
    }

    func calls(where matches: (ModelCallRecord) -> Bool) -> [ModelCallRecord] {
        contents.withLock { $0.calls.filter(matches) }
    }

    func limits(of workspace: Workspace.ID) -> ModelLimits? {
        contents.withLock { $0.limits[workspace] }
    }

    func setLimits(_ limits: ModelLimits?, of workspace: Workspace.ID) {
        contents.withLock { $0.limits[workspace] = limits }
    }

    func rows(scope: Scope, from: Date, to: Date, wholeWorkspace: Bool) -> [ModelUsageRow] {
        let selected = calls {
            $0.createdAt >= from && $0.createdAt < to
                && (wholeWorkspace ? $0.scope.workspace == scope.workspace : $0.scope == scope)
        }
        var rows: [String: ModelUsageRow] = [:]
        for call in selected {
            let day = Self.utcDay(call.createdAt)
            let key = [day, call.task.rawValue, call.provider, call.model].joined(separator: "\u{1F}")
            var row =
                rows[key]
                ?? ModelUsageRow(
                    day: day, task: call.task, provider: call.provider, model: call.model, calls: 0, failures: 0,
                    inputTokens: 0, outputTokens: 0, costMicros: 0, latencyMilliseconds: 0)
            row.calls += 1
            row.failures += call.outcome == .success ? 0 : 1
            row.inputTokens += call.inputTokens
            row.outputTokens += call.outputTokens
            row.costMicros += call.costMicros
            row.latencyMilliseconds += call.latencyMilliseconds
            rows[key] = row
        }
        return rows.values.sorted {
            ($0.day, $0.task.rawValue, $0.provider, $0.model) < ($1.day, $1.task.rawValue, $1.provider, $1.model)
        }
    }

    private static func utcDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
