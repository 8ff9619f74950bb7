import Foundation
import InMemoryTracing
import Logging
import PiperCore
import PiperLLM
import PiperTestSupport
import Synchronization

/// A gateway over a scripted transport, with an in-memory usage store, captured logs, a test clock,
/// an in-memory tracer and a sleeper that records waits instead of waiting.
struct GatewayHarness {
    let usage: ModelUsageStore
    let records = Recorded<ModelCallRecord>()
    let logs = CapturedLogs()
    let clock = TestClock()
    let tracer = InMemoryTracer()
    let sleeps = Recorded<Double>()
    let sent: SentRequests
    let gateway: ModelGateway

    init(
        _ settings: ModelGatewaySettings,
        userKey: @escaping ModelGateway.UserKey = { _, _ in nil },
        respond: @escaping @Sendable (ModelHTTPRequest, Int) async throws -> ModelHTTPResponse
    ) {
        let (transport, sent) = ModelTransport.scripted(respond)
        self.sent = sent
        var usage = ModelUsageStore.inMemory()
        let storeRecord = usage.record
        let records = records
        usage.record = { call in
            records.append(call)
            try await storeRecord(call)
        }
        self.usage = usage
        let sleeps = sleeps
        gateway = ModelGateway(
            settings: settings, transport: transport, usage: usage, userKey: userKey, clock: clock.generator,
            ids: .incrementing(), logger: logs.logger(), tracer: tracer, sleep: { sleeps.append($0) },
            jitter: { 0.5 })
    }

    /// Every recorded call, oldest first.
    var calls: [ModelCallRecord] { records.all }
}

/// Values appended from any task, read in order.
final class Recorded<Value: Sendable>: Sendable {
    private let storage = Mutex<[Value]>([])

    var all: [Value] { storage.withLock { $0 } }

    func append(_ value: Value) {
        storage.withLock { $0.append(value) }
    }
}

extension ModelGatewaySettings {
    /// Settings with `providers` and no retries unless asked.
    static func testing(
        _ providers: [ModelProviderSettings], routes: [ModelTask: [RouteTarget]] = [:], retries: Int = 0,
        prices: ModelPriceTable = ModelPriceTable(), limits: ModelLimits = .unlimited
    ) -> ModelGatewaySettings {
        ModelGatewaySettings(
            providers: providers, routes: routes, retry: RetryPolicy(maxRetries: retries),
            circuit: .init(failureThreshold: 3, coolDown: 30), prices: prices, defaultLimits: limits)
    }
}

extension ModelHTTPRequest {
    /// The body as JSON.
    var json: JSONValue? { JSONValue.parse(String(decoding: body, as: UTF8.self)) }
}

/// What a stream produced: its text pieces and its final response, or the error that ended it.
struct StreamOutcome {
    var pieces: [String] = []
    var response: ModelResponse?
    var error: (any Error)?

    init(_ stream: AsyncThrowingStream<ModelStreamEvent, any Error>) async {
        do {
            for try await event in stream {
                switch event {
                case .text(let piece): pieces.append(piece)
                case .finished(let response): self.response = response
                }
            }
        } catch {
            self.error = error
        }
    }
}
