import Hummingbird
import PiperAuth
import PiperCore

/// `/health/live` (the process answers) and `/health/ready` (its dependencies answer too). Readiness tells
/// anyone only ok, degraded or failing per dependency; reasons, timings, circuits and the version are for
/// signed-in owners and admins (and the logs).
struct HealthController: Sendable {
    let checks: [DependencyCheck]
    let version: String
    let languageModels: @Sendable () async -> [ModelProviderState]
    /// Tells who is asking, when the server identifies requests at all.
    let identify: (@Sendable (_ request: Request, _ context: AppRequestContext) async throws -> Authentication?)?
    /// The names Piper answers to: details go only to requests addressed by one of them.
    let site: SitePolicy

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("live", use: live)
        group.get("ready", use: ready)
    }

    @Sendable func live(_ request: Request, context: AppRequestContext) async throws -> HealthReport {
        HealthReport(status: "live", version: version, checks: [], languageModels: nil)
    }

    @Sendable func ready(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<HealthReport> {
        let results = await HealthReport.Check.run(checks)
        let isReady = results.allSatisfy { $0.status == HealthReport.ok }
        for failed in results where failed.status != HealthReport.ok {
            context.logger.warning(
                "health.dependency_down",
                metadata: ["dependency": .string(failed.name), "reason": .string(failed.reason ?? "")]
            )
        }
        let models = await languageModels()
        let degraded = models.contains { $0.circuit != .closed }
        let report = HealthReport(
            status: isReady ? (degraded ? "degraded" : "ready") : "unavailable", version: version, checks: results,
            languageModels: models.map(HealthReport.ModelHealth.init))
        let detailed = await mayReadDetails(request, context: context)
        return EditedResponse(status: isReady ? .ok : .serviceUnavailable, response: detailed ? report : report.summary)
    }

    /// Owners and admins see the details; a bad or missing credential, or a foreign `Host` (probes are
    /// answered whatever their `Host`), simply gets the summary.
    private func mayReadDetails(_ request: Request, context: AppRequestContext) async -> Bool {
        guard (try? site.authority(of: request)) != nil, let identify,
            let authentication = try? await identify(request, context)
        else { return false }
        return authentication.mayAdminister
    }
}
