import Foundation
import Hummingbird
import Logging
import PiperCore
import ServiceLifecycle
import Synchronization

/// A language-model provider on 127.0.0.1 for tests: OpenAI Chat Completions (`POST /v1/chat/completions`) and
/// Anthropic Messages (`POST /v1/messages`), plain JSON or streamed as server-sent events, answering from a
/// script of ``Reply`` values and recording every request it receives.
///
/// ```swift
/// try await ModelProviderDouble.run { double in
///     double.enqueue(.failure(status: 429, retryAfter: "1"), .answer("Hello"))
///     // point an `openai` or `anthropic` provider at double.baseURL …
///     #expect(double.requests.count == 2)
/// }
/// ```
package final class ModelProviderDouble: Sendable {
    /// How the double answers one request.
    package indirect enum Reply: Sendable, Equatable {
        /// An answer; streamed a word at a time when the request asks for a stream.
        case answer(String, inputTokens: Int = 12, outputTokens: Int = 7)
        /// A call of the tool `name` with `arguments` (JSON text).
        case toolCall(name: String, arguments: String)
        /// An HTTP error in the provider's error shape; `retryAfter` becomes the `Retry-After` header.
        case failure(status: Int, message: String = "The model double failed on purpose.", retryAfter: String? = nil)
        /// Waits `seconds` before answering with the reply: the response head arrives late.
        case delayed(Double, Reply)
        /// Streams `text`, then says nothing for `seconds`, then finishes the answer.
        case stall(after: String, seconds: Double)
        /// Sends a response head and part of a body, then closes the connection.
        case dropConnection
    }

    /// A request the double received.
    package struct ReceivedRequest: Sendable, Equatable {
        /// `/v1/chat/completions` or `/v1/messages`.
        package var path: String
        /// Header values by lowercased name.
        package var headers: [String: String]
        /// The body as text.
        package var body: String

        /// The body as JSON.
        package var json: JSONValue? { JSONValue.parse(body) }
        /// Whether the request asked for a stream.
        package var isStreaming: Bool { json?["stream"] == .bool(true) }
        /// The model asked for.
        package var model: String? { json?["model"]?.stringValue }
    }

    let state = Mutex(DoubleState())

    /// Runs `body` with a double listening on an ephemeral port, and stops the double afterwards.
    package static func run<T: Sendable>(_ body: (ModelProviderDouble) async throws -> T) async throws -> T {
        let double = ModelProviderDouble()
        return try await LoopbackServer.run(double.makeRouter(), name: "model-provider-double", logLevel: .critical) {
            port in
            double.state.withLock { $0.port = port }
            return try await body(double)
        }
    }

    /// The base URL to configure a provider with: `http://127.0.0.1:<port>/v1`.
    package var baseURL: String { "http://127.0.0.1:\(state.withLock { $0.port })/v1" }

    /// Queues replies for the next requests, in order.
    package func enqueue(_ replies: Reply...) {
        state.withLock { $0.queue += replies }
    }

    /// The reply once the queue is empty.
    package var defaultReply: Reply {
        get { state.withLock { $0.defaultReply } }
        set { state.withLock { $0.defaultReply = newValue } }
    }

    /// Every request received, oldest first.
    package var requests: [ReceivedRequest] { state.withLock { $0.requests } }

    /// Records `request` and takes the reply for it.
    func nextReply(for request: ReceivedRequest) -> Reply {
        state.withLock { state in
            state.requests.append(request)
            return state.queue.isEmpty ? state.defaultReply : state.queue.removeFirst()
        }
    }
}

/// The double's mutable state, guarded by `ModelProviderDouble.state`.
struct DoubleState {
    var port = 0
    var queue: [ModelProviderDouble.Reply] = []
    var defaultReply = ModelProviderDouble.Reply.answer("Hello from the model double.")
    var requests: [ModelProviderDouble.ReceivedRequest] = []
}
