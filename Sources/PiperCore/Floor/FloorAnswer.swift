import Foundation

/// A model's floor answer, streamed to the surface as it is written.
struct FloorAnswer: Sendable {
    /// The final text, with a correction appended if the model claimed an action.
    let text: String
    /// Which model wrote it and what it cost in tokens.
    let provenance: ProvenanceEntry

    /// A stream that failed after some text was shown.
    struct Interrupted: Error {
        let partialText: String
        let error: ModelError
    }

    /// Streams the model's answer for `task`; throws ``ModelError`` when nothing was written, ``Interrupted``
    /// when the stream broke midway.
    static func stream(task: FloorTask, context: HandlerContext, assembled: AssembledContext) async throws
        -> FloorAnswer
    {
        let request = ModelRequest(
            task: task.modelTask, system: FloorPrompt.system(context: context, assembled: assembled),
            messages: FloorPrompt.messages(for: context, task: task), maxOutputTokens: 700, temperature: 0.3,
            attribution: ModelAttribution(
                scope: context.scope, conversationID: context.request.conversationID, turnID: context.turnID))
        var written = ""
        do {
            for try await event in context.dependencies.languageModel.stream(request) {
                switch event {
                case .text(let piece):
                    written += piece
                    await context.stream.send(piece)
                case .finished(let response):
                    return finish(response, written: written, context: context)
                }
            }
            throw ModelError.invalidResponse(provider: "model", reason: "the stream ended without finishing")
        } catch let error as ModelError {
            if written.isEmpty { throw error }
            throw Interrupted(partialText: written, error: error)
        } catch {
            let failure = ModelError.invalidResponse(provider: "model", reason: "\(type(of: error))")
            if written.isEmpty { throw failure }
            throw Interrupted(partialText: written, error: failure)
        }
    }

    private static func finish(_ response: ModelResponse, written: String, context: HandlerContext) -> FloorAnswer {
        var text = response.text.isEmpty ? written : response.text
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { text = "The model returned an empty answer. Could you rephrase or add a detail?" }
        let trimmed = RepetitionCheck.trimmed(text)
        if trimmed != text {
            text = trimmed + "\n\n(I cut the rest: the model started repeating itself.)"
        } else if ["length", "max_tokens"].contains(response.finishReason ?? "") {
            text += "\n\n(The answer reached its length limit and stops here.)"
        }
        if let correction = ActionClaimCheck.correction(for: text) { text += "\n\n" + correction }
        let usage = response.usage
        return FloorAnswer(
            text: text,
            provenance: ProvenanceEntry(
                source: "language model",
                detail: "\(response.provider) \(response.model), \(usage.inputTokens) tokens in, "
                    + "\(usage.outputTokens) out"))
    }
}

/// Small models sometimes loop; an answer is cut where a line comes round for the third time.
enum RepetitionCheck {
    /// `text` up to the first line that already appeared twice (compared without case, spacing or list
    /// markers), without trailing blank lines.
    static func trimmed(_ text: String) -> String {
        var seen: [String: Int] = [:]
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let key = line.lowercased().filter { $0.isLetter || $0.isNumber }
            if !key.isEmpty {
                seen[key, default: 0] += 1
                if seen[key, default: 0] > 2 { break }
            }
            kept.append(line)
        }
        guard kept.count < text.split(separator: "\n", omittingEmptySubsequences: false).count else { return text }
        return kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// How the floor explains a missing or failing model.
enum FloorWording {
    /// Why no model answered, in the user's terms.
    static func reason(_ error: ModelError) -> String {
        switch error {
        case .notConfigured: "no language model is set up"
        case .budgetExhausted, .requestCapReached: error.description
        case .unauthorized: "the model provider refused the API key"
        case .circuitOpen, .unreachable, .timedOut, .providerFailed, .rateLimited:
            "the language model isn't answering right now"
        case .rejected, .invalidResponse: "the language model's answer couldn't be used"
        }
    }

    /// The closing sentence of a scaffold.
    static func withoutModel(_ error: ModelError) -> String {
        switch error {
        case .notConfigured:
            "I filled this in without a language model, so it's a frame rather than a draft. With a model "
                + "configured (or your own API key under Models in the web chat) I'd write it out for you from this context."
        default:
            "I filled this in without a language model because \(reason(error).lowercasedFirstLetter.trimmingSuffix(".")). "
                + nextStep(error)
        }
    }

    /// What the user can do about a refusal or an outage.
    static func nextStep(_ error: ModelError) -> String {
        switch error {
        case .budgetExhausted:
            "An owner or admin can raise the budget under Usage; until then I answer without a model."
        case .requestCapReached: "Your count starts again at midnight UTC."
        case .unauthorized: "Check the API key under Models (or ask whoever runs Piper)."
        default: "A model would write it out for you; try again in a little while."
        }
    }
}

extension String {
    /// The string without a trailing `suffix`.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
