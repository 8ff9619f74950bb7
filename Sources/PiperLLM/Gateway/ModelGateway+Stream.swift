import PiperCore

extension ModelGateway {
    /// Answers `request` as a stream; falls back to another provider only while no text has been sent on.
    package func stream(_ request: ModelRequest) -> AsyncThrowingStream<ModelStreamEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: ModelStreamEvent.self)
        // The stream is returned before it is produced, so its producer runs in a task its consumer can cancel.
        let producer = Task {
            do {
                let response = try await streamedAnswer(request) { continuation.yield(.text($0)) }
                continuation.yield(.finished(response))
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in producer.cancel() }
        return stream
    }

    private func streamedAnswer(_ request: ModelRequest, onText: (String) -> Void) async throws -> ModelResponse {
        let routes = try await admittedRoutes(for: request)
        var hasSentText = false
        return try await firstAnswer(
            request, routes: routes, mayFallBack: { !hasSentText },
            attempt: { route in
                try await caller.stream(request, on: route) { text in
                    hasSentText = true
                    onText(text)
                }
            })
    }
}
