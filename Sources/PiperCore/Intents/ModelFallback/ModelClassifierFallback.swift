import Foundation
import Logging

/// When the deterministic classifier is unsure, a schema-constrained language-model call picks the action
/// from the registry's vocabulary; the answer is validated against the registry and cached.
package struct ModelClassifierFallback: Sendable {
    /// The model.
    package var model: LanguageModel
    /// The vocabulary the model chooses from.
    package var registry: ActionRegistry
    /// Below this deterministic confidence the model is asked.
    package var threshold: Double
    /// Answers already given, per workspace.
    package var cache: ClassificationCache
    /// Where choices and rejected answers are logged.
    package var logger: Logger

    /// The confidence recorded for a model's choice: just enough to count as a new request mid-question.
    package static let modelConfidence = 0.6
    /// What the turn records as having decided the action.
    package static let decidedBy = "language-model"

    /// Creates a fallback.
    package init(
        model: LanguageModel, registry: ActionRegistry = .standard, threshold: Double,
        cache: ClassificationCache = ClassificationCache(), logger: Logger = Logger(label: "piper.classifier")
    ) {
        self.model = model
        self.registry = registry
        self.threshold = threshold
        self.cache = cache
        self.logger = logger
    }

    /// Whether `proposal` is unsure enough to ask the model.
    package func isUnsure(_ proposal: IntentProposal) -> Bool {
        switch proposal.decision {
        case .emptyText: false
        case .belowThreshold, .unfamiliarText: true
        case .matched, .outOfScopeLabel: proposal.confidence < threshold
        }
    }

    /// The model's validated choice for `text`, or `nil` when no model could answer usefully.
    package func choose(_ text: String, proposal: IntentProposal, context: ClassificationContext) async -> ActionName? {
        guard let attribution = context.attribution else { return nil }
        let key = ClassificationCache.Key(workspace: attribution.scope.workspace, text: text)
        if let cached = await cache.value(for: key) {
            log(cached, proposal: proposal, cached: true)
            return cached
        }
        guard await model.isAvailable(.classification, attribution.scope) else { return nil }
        do {
            let response = try await model.complete(request(text, proposal: proposal, attribution: attribution))
            guard let action = validated(response.text), isPlausible(action, given: proposal) else {
                logger.warning("classifier.model_rejected", metadata: ["model.answer": "\(response.text.prefix(80))"])
                return nil
            }
            await cache.store(action, for: key)
            log(action, proposal: proposal, cached: false)
            return action
        } catch {
            logger.info(
                "classifier.model_failed", metadata: ["error.type": "\((error as? ModelError)?.kind ?? "other")"])
            return nil
        }
    }

    /// Whether the model's choice is one the classifier also considered, or out of scope: a small model's
    /// habit of answering with one favourite action must not override a better-informed ranking.
    package func isPlausible(_ action: ActionName, given proposal: IntentProposal) -> Bool {
        action == .outOfScope || proposal.alternatives.contains { $0.action == action.rawValue }
    }

    /// The registry action named by the model's JSON answer, or `nil` when it names none.
    package func validated(_ answer: String) -> ActionName? {
        let trimmed = answer.trimmingCharacters(in: .whitespacesAndNewlines)
            .trimmingPrefix("```json").trimmingPrefix("```")
        let json = trimmed.hasSuffix("```") ? String(trimmed.dropLast(3)) : String(trimmed)
        guard let name = JSONValue.parse(json)?["action"]?.stringValue, let action = ActionName(rawValue: name),
            registry.definitions.contains(where: { $0.name == action })
        else { return nil }
        return action
    }

    private func log(_ action: ActionName, proposal: IntentProposal, cached: Bool) {
        logger.info(
            "classifier.fallback",
            metadata: [
                "classifier.proposed": "\(proposal.action)", "classifier.confidence": "\(proposal.confidence)",
                "classifier.chosen": "\(action.rawValue)", "classifier.cached": "\(cached)",
            ])
    }
}
