import Foundation
import PiperCore
import Synchronization

/// A language model that answers from a script and remembers every request, for engine tests.
package final class ScriptedLanguageModel: Sendable {
    /// One scripted answer.
    package enum Step: Sendable {
        /// The answer, streamed in these pieces.
        case answer([String])
        /// A failure before any text.
        case fail(ModelError)
        /// Some pieces, then a failure.
        case breakOff([String], ModelError)
    }

    private struct State {
        var steps: [Step]
        var requests: [ModelRequest] = []
        var isAvailable = true
    }

    private let state: Mutex<State>
    private let providerName: String

    /// Creates a model that answers with `steps` in order; when they run out it fails as unreachable.
    package init(_ steps: [Step] = [], provider: String = "scripted") {
        state = Mutex(State(steps: steps))
        providerName = provider
    }

    /// The requests received, oldest first.
    package var requests: [ModelRequest] { state.withLock { $0.requests } }

    /// Adds answers to the script.
    package func append(_ steps: Step...) {
        state.withLock { $0.steps += steps }
    }

    /// Makes the model report itself unavailable (as with an open circuit) or available again.
    package func setAvailable(_ available: Bool) {
        state.withLock { $0.isAvailable = available }
    }

    /// The client over the script.
    package var client: LanguageModel {
        LanguageModel(
            complete: { request in try await self.complete(request) },
            stream: { request in self.stream(request) },
            isAvailable: { _, _ in self.state.withLock { $0.isAvailable } },
            providers: {
                [ModelProviderState(name: self.providerName, kind: "openai", circuit: .closed, consecutiveFailures: 0)]
            })
    }

    private func next(_ request: ModelRequest) -> Step {
        state.withLock { state in
            state.requests.append(request)
            guard !state.steps.isEmpty else {
                return .fail(.unreachable(provider: providerName, reason: "no scripted answer left"))
            }
            return state.steps.removeFirst()
        }
    }

    private func complete(_ request: ModelRequest) async throws -> ModelResponse {
        switch next(request) {
        case .answer(let pieces): return response(pieces.joined())
        case .fail(let error), .breakOff(_, let error): throw error
        }
    }

    private func stream(_ request: ModelRequest) -> AsyncThrowingStream<ModelStreamEvent, any Error> {
        let step = next(request)
        return AsyncThrowingStream { continuation in
            switch step {
            case .answer(let pieces):
                for piece in pieces { continuation.yield(.text(piece)) }
                continuation.yield(.finished(response(pieces.joined())))
                continuation.finish()
            case .fail(let error):
                continuation.finish(throwing: error)
            case .breakOff(let pieces, let error):
                for piece in pieces { continuation.yield(.text(piece)) }
                continuation.finish(throwing: error)
            }
        }
    }

    private func response(_ text: String) -> ModelResponse {
        ModelResponse(
            text: text, usage: ModelUsage(inputTokens: 120, outputTokens: text.count / 4 + 1), provider: providerName,
            model: "scripted-1", finishReason: "stop")
    }
}
