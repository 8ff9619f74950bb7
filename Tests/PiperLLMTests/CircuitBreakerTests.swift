import Foundation
import PiperCore
import PiperLLM
import PiperTestSupport
import Testing

@Suite("Circuit breaker")
struct CircuitBreakerTests {
    private let clock = TestClock()

    private func breaker() -> CircuitBreaker {
        CircuitBreaker(policy: .init(failureThreshold: 3, coolDown: 30), clock: clock.generator)
    }

    @Test("opens after the threshold of consecutive provider failures, not before")
    func opens() async {
        let breaker = breaker()
        let failure = ModelError.providerFailed(provider: "local", status: 500)
        for _ in 1...2 { await breaker.recordFailure("local", error: failure) }
        #expect(await breaker.circuit("local") == .closed)
        await breaker.recordFailure("local", error: failure)
        #expect(await breaker.circuit("local") == .open)
        #expect(await breaker.permit("local") == false)
        let state = await breaker.state(name: "local", kind: .openai)
        #expect(state.consecutiveFailures == 3 && state.lastError == failure.description)
    }

    @Test("failures that are not the provider's fault do not count")
    func neutralFailures() async {
        let breaker = breaker()
        for _ in 1...5 { await breaker.recordFailure("openai", error: .unauthorized(provider: "openai")) }
        #expect(await breaker.circuit("openai") == .closed)
    }

    @Test("after the cool-down one trial is let through; failure reopens, success closes")
    func halfOpen() async {
        let breaker = breaker()
        let failure = ModelError.timedOut(provider: "local", seconds: 60)
        for _ in 1...3 { await breaker.recordFailure("local", error: failure) }
        clock.advance(by: 31)
        #expect(await breaker.circuit("local") == .halfOpen)
        #expect(await breaker.permit("local"))
        #expect(await breaker.permit("local") == false)
        await breaker.recordFailure("local", error: failure)
        #expect(await breaker.circuit("local") == .open)
        clock.advance(by: 31)
        #expect(await breaker.permit("local"))
        await breaker.recordSuccess("local")
        #expect(await breaker.circuit("local") == .closed)
        #expect(await breaker.state(name: "local", kind: .openai).consecutiveFailures == 0)
    }

    @Test("the gateway reports circuits through providers() and stops calling an open provider")
    func gatewayState() async throws {
        let harness = GatewayHarness(.testing([Samples.local])) { _, _ in .text("down", status: 500) }
        for _ in 1...3 { _ = try? await harness.gateway.complete(Samples.chat()) }
        let states = await harness.gateway.providerStates()
        #expect(states.map(\.circuit) == [.open] && states.first?.name == "local")
        await #expect(throws: ModelError.circuitOpen(provider: "local")) {
            try await harness.gateway.complete(Samples.chat())
        }
        #expect(harness.sent.all.count == 3)
        #expect(harness.calls.last?.outcome == .refused && harness.calls.last?.errorType == "circuit_open")
        #expect(await harness.gateway.isAvailable(.floor, scope: Samples.scope) == false)
        harness.clock.advance(by: 31)
        #expect(await harness.gateway.isAvailable(.floor, scope: Samples.scope))
    }
}
