import AsyncHTTPClient
import Foundation
import Logging
import PiperCore
import PiperLLM

/// Measures the classifier fallback against one OpenAI-compatible or Anthropic endpoint: the held-out split
/// scored without and with the model deciding the unsure messages.
package struct FallbackEvaluationRun: Sendable {
    /// The endpoint.
    package var provider: ModelProviderSettings
    /// The deterministic confidence below which the model is asked.
    package var threshold: Double

    /// Creates a run.
    package init(provider: ModelProviderSettings, threshold: Double) {
        self.provider = provider
        self.threshold = threshold
    }

    /// Runs the evaluation; the calls are measurements, so they are not accounted to any workspace.
    package func run(_ utterances: [LabelledUtterance], heldOutShare: Double, seed: UInt64, logger: Logger) async
        -> FallbackEvaluation
    {
        let http = LiveDependencies.modelHTTPClient()
        let gateway = ModelGateway(
            settings: ModelGatewaySettings(providers: [provider], retry: RetryPolicy(maxRetries: 1)),
            transport: .asyncHTTPClient(http), usage: .unrecorded, logger: logger)
        let fallback = ModelClassifierFallback(model: gateway.languageModel, threshold: threshold, logger: logger)
        let scope = Scope(workspace: Workspace.ID(UUID()), owner: User.ID(UUID()))
        let evaluation = await IntentEvaluation.heldOut(
            utterances, fallback: fallback, scope: scope, heldOutShare: heldOutShare, seed: seed)
        try? await http.shutdown()
        return evaluation
    }
}

extension FallbackEvaluation {
    /// The before/after report.
    package func formatted() -> String {
        func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        return """
            classifier alone:      accuracy \(percent(before.accuracy)), macro-F1 \(percent(before.macroF1))
            with model fallback:   accuracy \(percent(after.accuracy)), macro-F1 \(percent(after.macroF1))
            unsure messages:       \(unsureCount) of \(before.heldOutCount) held out; the model answered \(answeredCount)
            accuracy on those:     \(percent(unsureAccuracyBefore)) alone → \(percent(unsureAccuracyAfter)) with the model
            """
    }
}

extension ModelUsageStore {
    /// Records nothing and sets no limits: for measurements that are nobody's usage.
    package static let unrecorded = ModelUsageStore(
        record: { _ in }, usage: { _, _, _, _ in [] }, workspaceSpend: { _, _ in 0 }, userRequests: { _, _ in 0 },
        limits: { _ in nil }, setLimits: { _, _ in })
}
