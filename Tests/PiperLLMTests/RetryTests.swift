import Foundation
import PiperCore
import PiperLLM
import PiperTestSupport
import Testing

@Suite("Retries and backoff")
struct RetryTests {
    @Test("backoff doubles from the base, is spread by jitter and capped at the maximum")
    func backoff() {
        let policy = RetryPolicy(maxRetries: 6, baseDelay: 0.5, maxDelay: 4)
        let failure = ModelError.providerFailed(provider: "local", status: 502)
        let full = (1...6).map { policy.delay(beforeRetry: $0, after: failure, jitter: 1) }
        #expect(full == [0.5, 1, 2, 4, 4, 4])
        #expect(policy.delay(beforeRetry: 3, after: failure, jitter: 0) == 1)
        #expect(policy.delay(beforeRetry: 7, after: failure, jitter: 1) == nil)
    }

    @Test("only transient failures are retried; Retry-After is honoured up to the cap")
    func whatIsRetried() {
        let policy = RetryPolicy(maxRetries: 2, maxRetryAfter: 20)
        #expect(policy.delay(beforeRetry: 1, after: .unauthorized(provider: "openai"), jitter: 0) == nil)
        #expect(
            policy.delay(beforeRetry: 1, after: .rejected(provider: "openai", status: 400, message: ""), jitter: 0)
                == nil)
        #expect(policy.delay(beforeRetry: 1, after: .rateLimited(provider: "openai", retryAfter: 12), jitter: 0) == 12)
        #expect(policy.delay(beforeRetry: 1, after: .rateLimited(provider: "openai", retryAfter: 21), jitter: 0) == nil)
        #expect(policy.delay(beforeRetry: 1, after: .timedOut(provider: "openai", seconds: 60), jitter: 0) != nil)
    }

    @Test("a 429 with Retry-After waits exactly that long through the injected sleeper, then succeeds")
    func retryAfterHonoured() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.openAI], retries: 2)) { _, attempt in
            attempt == 1 ? .text("{}", status: 429, headers: ["Retry-After": "3"]) : .text(body)
        }
        let response = try await harness.gateway.complete(Samples.chat())
        #expect(response.usage.inputTokens == 31)
        #expect(harness.sleeps.all == [3])
        #expect(harness.calls.map(\.outcome) == [.failure, .success])
        #expect(harness.calls.first?.errorType == "rate_limited")
    }

    @Test("an HTTP-date Retry-After is read relative to the injected clock")
    func retryAfterDate() {
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let header = formatter.string(from: now.addingTimeInterval(9))
        #expect(ProviderErrorReader.retryAfter(["retry-after": header], now: now) == 9)
        #expect(ProviderErrorReader.retryAfter(["retry-after": "soon"], now: now) == nil)
    }

    @Test("a Retry-After beyond the cap moves on to the next provider without waiting")
    func retryAfterTooLong() async throws {
        let body = try Fixture.text("openai/chat.response.json")
        let harness = GatewayHarness(.testing([Samples.anthropic, Samples.openAI], retries: 2)) { request, _ in
            request.url.contains("anthropic") ? .text("{}", status: 429, headers: ["retry-after": "600"]) : .text(body)
        }
        let response = try await harness.gateway.complete(Samples.chat())
        #expect(response.provider == "openai")
        #expect(harness.sleeps.all.isEmpty)
        #expect(harness.sent.all.count == 2)
    }

    @Test("5xx failures are retried with backoff until the retries run out")
    func serverErrorsRetried() async throws {
        let harness = GatewayHarness(.testing([Samples.local], retries: 2)) { _, _ in .text("oops", status: 503) }
        await #expect(throws: ModelError.providerFailed(provider: "local", status: 503)) {
            try await harness.gateway.complete(Samples.chat())
        }
        #expect(harness.sent.all.count == 3)
        #expect(harness.sleeps.all == [0.375, 0.75])
    }
}
