import Hummingbird
import PiperCore

/// `/health/live` (the process answers) and `/health/ready` (its dependencies answer too).
struct HealthController: Sendable {
    let checks: [DependencyCheck]
    let version: String
    let languageModels: @Sendable () async -> [ModelProviderState]

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("live", use: live)
        group.get("ready", use: ready)
    }

    @Sendable func live(_ request: Request, context: AppRequestContext) async throws -> HealthReport {
        HealthReport(status: "live", version: version, checks: [], languageModels: nil)
    }

    @Sendable func ready(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<HealthReport> {
        let results = await HealthReport.Check.run(checks)
        let isReady = results.allSatisfy { $0.status == "up" }
        for failed in results where failed.status != "up" {
            context.logger.warning(
                "health.dependency_down",
                metadata: ["dependency": .string(failed.name), "reason": .string(failed.reason ?? "")]
            )
        }
        let models = await languageModels()
        let degraded = models.contains { $0.circuit != .closed }
        let report = HealthReport(
            status: isReady ? (degraded ? "degraded" : "ready") : "unavailable", version: version, checks: results,
            languageModels: models)
        return EditedResponse(status: isReady ? .ok : .serviceUnavailable, response: report)
    }
}
