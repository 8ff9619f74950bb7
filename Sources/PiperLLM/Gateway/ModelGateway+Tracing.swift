import PiperCore
import Tracing

extension ModelGateway {
    /// Makes one attempt inside a client span named `chat <model>` with OpenTelemetry GenAI attributes,
    /// then updates the circuit and accounts, logs and returns the result.
    func traced(_ request: ModelRequest, on route: ModelRoute, body: () async throws -> WireAnswer) async throws
        -> ModelResponse
    {
        let span = tracer.startSpan("chat \(route.model)", ofKind: .client)
        defer { span.end() }
        span.attributes["gen_ai.operation.name"] = "chat"
        span.attributes["gen_ai.provider.name"] = route.provider.kind.rawValue
        span.attributes["gen_ai.system"] = route.provider.kind.rawValue
        span.attributes["gen_ai.request.model"] = route.model
        span.attributes["piper.task"] = request.task.rawValue
        span.attributes["piper.provider"] = route.provider.name
        let started = ContinuousClock.now
        let startedAt = clock.now()
        do {
            let answer = try await body()
            let response = ModelResponse(
                text: answer.text, toolCalls: answer.toolCalls, usage: answer.usage, provider: route.provider.name,
                model: answer.model ?? route.model, finishReason: answer.finishReason)
            let cost = cost(of: response, on: route)
            annotate(span, response: response, costMicros: cost)
            await breaker.recordSuccess(route.provider.name)
            await account(
                request, on: route, usage: response.usage, costMicros: cost, outcome: .success, errorType: nil,
                startedAt: startedAt, latency: started.duration(to: .now))
            return response
        } catch {
            let kind = (error as? ModelError)?.kind ?? "cancelled"
            span.attributes["error.type"] = kind
            span.recordError(error)
            span.setStatus(SpanStatus(code: .error))
            if let modelError = error as? ModelError {
                await breaker.recordFailure(route.provider.name, error: modelError)
            } else {
                await breaker.release(route.provider.name)
            }
            await account(
                request, on: route, usage: .zero, costMicros: 0, outcome: .failure, errorType: kind,
                startedAt: startedAt, latency: started.duration(to: .now))
            throw error
        }
    }

    private func annotate(_ span: any Span, response: ModelResponse, costMicros: Int64) {
        span.attributes["gen_ai.response.model"] = response.model
        span.attributes["gen_ai.usage.input_tokens"] = response.usage.inputTokens
        span.attributes["gen_ai.usage.output_tokens"] = response.usage.outputTokens
        if let reason = response.finishReason {
            span.attributes.set("gen_ai.response.finish_reasons", value: .stringArray([reason]))
        }
        span.attributes["piper.gen_ai.cost_usd"] = Double(costMicros) / 1_000_000
    }

    /// Micro-dollars for the response: priced by the model asked for, else by the model that answered.
    private func cost(of response: ModelResponse, on route: ModelRoute) -> Int64 {
        let prices = settings.prices
        let model =
            prices.prices[route.model] == nil && prices.prices[response.model] != nil ? response.model : route.model
        return prices.costMicros(model: model, usage: response.usage)
    }
}
