import Foundation
import PiperCore

/// Makes one attempt at one provider: encodes the request, sends it, and decodes the answer or the failure.
struct ProviderCaller: Sendable {
    let transport: ModelTransport
    let clock: DateGenerator

    /// One complete answer.
    func complete(_ request: ModelRequest, on route: ModelRoute) async throws -> WireAnswer {
        let response = try await send(request, on: route, stream: false)
        let body = try await collect(response, on: route)
        try check(response, body: body, on: route)
        guard let json = JSONValue.parse(String(decoding: body, as: UTF8.self)) else {
            throw ModelError.invalidResponse(provider: route.provider.name, reason: "the body is not JSON")
        }
        do {
            switch route.provider.kind {
            case .openai: return try OpenAIChat.answer(from: json)
            case .anthropic:
                return try AnthropicMessages.answer(from: json, schemaTool: AnthropicMessages.schemaToolName(request))
            }
        } catch {
            throw error.modelError(provider: route.provider.name, apiKey: route.provider.apiKey)
        }
    }

    /// A streamed answer: `onText` receives each piece of text as it arrives; returns the whole answer.
    func stream(_ request: ModelRequest, on route: ModelRoute, onText: (String) -> Void) async throws -> WireAnswer {
        let response = try await send(request, on: route, stream: true)
        if !(200..<300).contains(response.status) {
            try check(response, body: try await collect(response, on: route, limit: 64 * 1024), on: route)
        }
        var reader = StreamReader(kind: route.provider.kind, schemaTool: AnthropicMessages.schemaToolName(request))
        do {
            for try await chunk in response.body {
                try reader.consume(chunk, onText: onText)
                if reader.isDone { break }
            }
            try reader.finish(onText: onText)
        } catch {
            throw mapped(error, on: route)
        }
        return reader.answer
    }

    private func send(_ request: ModelRequest, on route: ModelRoute, stream: Bool) async throws -> ModelHTTPResponse {
        let provider = route.provider
        let wire =
            switch provider.kind {
            case .openai:
                OpenAIChat.request(
                    request, model: route.model, stream: stream, apiKey: provider.apiKey,
                    isOfficialAPI: provider.isOfficialAPI)
            case .anthropic:
                AnthropicMessages.request(request, model: route.model, stream: stream, apiKey: provider.apiKey)
            }
        let http = ModelHTTPRequest(
            url: provider.baseURL + wire.path, headers: wire.headers, body: Data(wire.body.jsonText.utf8),
            deadline: stream
                ? .streaming(firstByte: provider.timeout, idle: provider.timeout) : .whole(seconds: provider.timeout))
        do {
            return try await transport.send(http)
        } catch {
            throw mapped(error, on: route)
        }
    }

    private func collect(_ response: ModelHTTPResponse, on route: ModelRoute, limit: Int = 16 * 1024 * 1024)
        async throws -> [UInt8]
    {
        do {
            return try await response.collectBody(limit: limit)
        } catch {
            throw mapped(error, on: route)
        }
    }

    private func check(_ response: ModelHTTPResponse, body: [UInt8], on route: ModelRoute) throws {
        guard !(200..<300).contains(response.status) else { return }
        throw ProviderErrorReader.error(
            provider: route.provider.name, status: response.status, headers: response.headers, body: body,
            apiKey: route.provider.apiKey, now: clock.now())
    }

    private func mapped(_ error: any Error, on route: ModelRoute) -> any Error {
        error.modelError(provider: route.provider.name, apiKey: route.provider.apiKey)
    }
}

extension Error {
    /// This error as a ``PiperCore/ModelError`` for `provider`; cancellation and unknown errors pass through.
    func modelError(provider: String, apiKey: String?) -> any Error {
        switch self as any Error {
        case let error as ModelError: return error
        case TransportFailure.timedOut(let seconds): return ModelError.timedOut(provider: provider, seconds: seconds)
        case TransportFailure.unreachable(let reason):
            return ModelError.unreachable(
                provider: provider, reason: ProviderErrorReader.redacted(reason, apiKey: apiKey))
        case let error as WireError: return error.modelError(provider: provider, apiKey: apiKey)
        default: return self
        }
    }
}

extension WireError {
    /// The model error a body problem or an in-band provider error stands for.
    func modelError(provider: String, apiKey: String?) -> ModelError {
        switch self {
        case .malformed(let reason): return .invalidResponse(provider: provider, reason: reason)
        case .provider(let type, let message):
            switch type {
            case "overloaded_error": return .providerFailed(provider: provider, status: 529)
            case "api_error", "server_error": return .providerFailed(provider: provider, status: 500)
            case "rate_limit_error", "rate_limit_exceeded", "requests", "tokens":
                return .rateLimited(provider: provider, retryAfter: nil)
            case "authentication_error", "permission_error", "invalid_api_key":
                return .unauthorized(provider: provider)
            default:
                let short = ProviderErrorReader.redacted(String(message.prefix(200)), apiKey: apiKey)
                return .rejected(provider: provider, status: 400, message: short)
            }
        }
    }
}
