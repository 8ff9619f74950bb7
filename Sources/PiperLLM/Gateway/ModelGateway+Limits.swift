import Foundation
import PiperCore

extension ModelGateway {
    /// The refusal a call for `scope` meets now, if its workspace spent its budget or its user reached the cap.
    /// When the usage store cannot answer, the call goes ahead and a warning is logged.
    func limitRefusal(for scope: Scope) async -> ModelError? {
        do {
            let limits = try await usage.limits(scope.workspace) ?? settings.defaultLimits
            let now = clock.now()
            if let budget = limits.monthlyBudgetMicros {
                let spent = try await usage.workspaceSpend(scope.workspace, Self.startOfUTCMonth(now))
                if spent >= budget { return .budgetExhausted(limitMicros: budget) }
            }
            if let cap = limits.dailyRequestsPerUser {
                let made = try await usage.userRequests(scope, Self.startOfUTCDay(now))
                if made >= cap { return .requestCapReached(limit: cap) }
            }
        } catch {
            logger.warning("model.limits_unavailable", metadata: ["error": "\(String(describing: error).prefix(200))"])
        }
        return nil
    }

    static func startOfUTCDay(_ date: Date) -> Date {
        utcCalendar.startOfDay(for: date)
    }

    static func startOfUTCMonth(_ date: Date) -> Date {
        utcCalendar.date(from: utcCalendar.dateComponents([.year, .month], from: date)) ?? date
    }

    private static var utcCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
}
