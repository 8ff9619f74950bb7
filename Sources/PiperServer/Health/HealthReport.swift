import Hummingbird
import PiperCore

/// The JSON body of the health endpoints.
struct HealthReport: ResponseEncodable, Sendable {
    /// A dependency that answers.
    static let ok = "ok"
    /// A dependency that does not.
    static let failing = "failing"
    /// A language model whose circuit is open or half-open: Piper answers without it for now.
    static let degraded = "degraded"

    /// One dependency's state; the duration and reason are details.
    struct Check: Codable, Sendable {
        var name: String
        var status: String
        var durationMs: Double?
        var reason: String?

        /// Runs every check concurrently and reports them in the order given.
        static func run(_ checks: [DependencyCheck]) async -> [Check] {
            await withTaskGroup(of: (Int, Check).self) { group in
                for (index, check) in checks.enumerated() {
                    group.addTask { (index, await run(check)) }
                }
                var results: [(Int, Check)] = []
                for await result in group { results.append(result) }
                return results.sorted { $0.0 < $1.0 }.map(\.1)
            }
        }

        private static func run(_ check: DependencyCheck) async -> Check {
            let started = ContinuousClock.now
            let reason: String?
            do {
                try await check.check()
                reason = nil
            } catch let failure as DependencyFailure {
                reason = failure.reason
            } catch let error as StorageError {
                reason = error.description
            } catch {
                reason = "the check failed (\(type(of: error)))"
            }
            return Check(
                name: check.name,
                status: reason == nil ? HealthReport.ok : HealthReport.failing,
                durationMs: (ContinuousClock.now - started).roundedMilliseconds,
                reason: reason
            )
        }
    }

    /// One language-model provider: its status for anyone, its circuit and last error as details.
    struct ModelHealth: Codable, Sendable {
        var name: String
        var status: String
        var kind: String?
        var circuit: ModelProviderState.Circuit?
        var consecutiveFailures: Int?
        var lastError: String?

        init(_ state: ModelProviderState) {
            name = state.name
            status = state.circuit == .closed ? HealthReport.ok : HealthReport.degraded
            kind = state.kind
            circuit = state.circuit
            consecutiveFailures = state.consecutiveFailures
            lastError = state.lastError
        }

        private init(name: String, status: String) {
            self.name = name
            self.status = status
        }

        /// The name and status only.
        var summary: ModelHealth { ModelHealth(name: name, status: status) }
    }

    /// `ready`, `degraded` (serving, but a language model's circuit is open: answers fall back to Piper's
    /// deterministic ones), `unavailable` or `live`.
    var status: String
    /// Piper's version; liveness and detailed readiness only.
    var version: String?
    var checks: [Check]
    /// Each configured language-model provider; readiness only.
    var languageModels: [ModelHealth]?

    /// The same report with only names and ok / degraded / failing: what anyone may read.
    var summary: HealthReport {
        HealthReport(
            status: status, version: nil, checks: checks.map { Check(name: $0.name, status: $0.status) },
            languageModels: languageModels?.map(\.summary))
    }
}
