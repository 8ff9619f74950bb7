import Hummingbird
import PiperCore

/// The JSON body of the health endpoints.
struct HealthReport: ResponseEncodable, Sendable {
    /// One dependency's state.
    struct Check: Codable, Sendable {
        var name: String
        var status: String
        var durationMs: Double
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
                status: reason == nil ? "up" : "down",
                durationMs: (ContinuousClock.now - started).roundedMilliseconds,
                reason: reason
            )
        }
    }

    /// `ready`, `degraded` (serving, but a language model's circuit is open: answers fall back to Piper's
    /// deterministic ones), `unavailable` or `live`.
    var status: String
    var version: String
    var checks: [Check]
    /// Each configured language-model provider and its circuit; readiness only.
    var languageModels: [ModelProviderState]?
}
