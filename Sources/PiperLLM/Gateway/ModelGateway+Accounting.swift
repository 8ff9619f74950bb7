import Foundation
import Logging
import PiperCore

extension ModelGateway {
    /// Records and logs one attempt; a store that fails is logged and never fails the call.
    func account(
        _ request: ModelRequest, on route: ModelRoute, usage tokens: ModelUsage, costMicros: Int64,
        outcome: ModelCallRecord.Outcome, errorType: String?, startedAt: Date, latency: Duration
    ) async {
        let components = latency.components
        let milliseconds = Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
        let call = ModelCallRecord(
            id: ids.next(), scope: request.attribution.scope, conversationID: request.attribution.conversationID,
            turnID: request.attribution.turnID, task: request.task, provider: route.provider.name, model: route.model,
            inputTokens: tokens.inputTokens, outputTokens: tokens.outputTokens, costMicros: costMicros,
            latencyMilliseconds: milliseconds, outcome: outcome, errorType: errorType, createdAt: startedAt)
        await store(call)
    }

    /// Records and logs a call Piper refused to make.
    func recordRefusal(_ request: ModelRequest, error: ModelError, model: String) async {
        let call = ModelCallRecord(
            id: ids.next(), scope: request.attribution.scope, conversationID: request.attribution.conversationID,
            turnID: request.attribution.turnID, task: request.task, provider: "piper", model: model,
            latencyMilliseconds: 0, outcome: .refused, errorType: error.kind, createdAt: clock.now())
        await store(call)
    }

    private func store(_ call: ModelCallRecord) async {
        var metadata: Logger.Metadata = [
            "llm.task": "\(call.task.rawValue)", "llm.provider": "\(call.provider)", "llm.model": "\(call.model)",
            "llm.input_tokens": "\(call.inputTokens)", "llm.output_tokens": "\(call.outputTokens)",
            "llm.cost_micros": "\(call.costMicros)", "llm.latency_ms": "\(Int(call.latencyMilliseconds.rounded()))",
            "llm.outcome": "\(call.outcome.rawValue)",
        ]
        if let errorType = call.errorType { metadata["llm.error"] = "\(errorType)" }
        logger.info("model.call", metadata: metadata)
        do {
            try await usage.record(call)
        } catch {
            logger.warning(
                "model.record_failed", metadata: ["llm.provider": "\(call.provider)", "error": "\(type(of: error))"])
        }
    }
}
