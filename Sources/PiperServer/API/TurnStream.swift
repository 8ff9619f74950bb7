import HTTPTypes
import Hummingbird
import Logging
import PiperCore

/// A turn answered as server-sent events (`Accept: text/event-stream`): a `delta` event for each piece of reply
/// text as it is written, then `turns` with both recorded turns, or `error` if the turn fails once streaming began.
enum TurnStream {
    /// The media type a client asks for and receives.
    static let mediaType = "text/event-stream"

    /// How the turn is going, as its task reports it.
    private enum Start: Sendable {
        case started
        case failed(any Error)
    }

    /// Whether the request asks for the streamed answer.
    static func isRequested(by request: Request) -> Bool {
        request.headers[values: .accept].contains { $0.lowercased().contains(mediaType) }
    }

    /// Runs the turn in a task of its own, so it completes and is recorded even if the client goes away. A turn
    /// that fails before it produced anything throws here, and so gets the ordinary JSON error response.
    static func response(
        request: Request, context: PrincipalContext, run: @escaping @Sendable (ReplyStream) async throws -> TurnListDTO
    ) async throws -> Response {
        let (start, starting) = AsyncStream.makeStream(of: Start.self, bufferingPolicy: .bufferingOldest(1))
        let (events, sending) = AsyncStream.makeStream(of: Result<TurnStreamEvent, any Error>.self)
        Task {
            do {
                let turns = try await run(
                    ReplyStream { text in
                        starting.yield(.started)
                        sending.yield(.success(.delta(text)))
                    })
                starting.yield(.started)
                sending.yield(.success(.turns(turns)))
            } catch {
                starting.yield(.failed(error))
                sending.yield(.failure(error))
            }
            starting.finish()
            sending.finish()
        }
        for await state in start {
            if case .failed(let error) = state { throw error }
            break
        }
        return Response(status: .ok, headers: headers, body: body(events, request: request, context: context))
    }

    private static var headers: HTTPFields {
        [.contentType: mediaType, .cacheControl: "no-store", HTTPField.Name("X-Accel-Buffering")!: "no"]
    }

    /// Writes each event as it comes; a client that left only stops the writing, never the turn (whose failure
    /// is still logged).
    private static func body(
        _ events: AsyncStream<Result<TurnStreamEvent, any Error>>, request: Request, context: PrincipalContext
    ) -> ResponseBody {
        let (requestID, logger) = (context.requestID, context.logger)
        return ResponseBody { writer in
            var isOpen = true
            for await result in events {
                let event =
                    switch result {
                    case .success(let event): event
                    case .failure(let error):
                        TurnStreamEvent.error(failure(error, request: request, requestID: requestID, logger: logger))
                    }
                guard isOpen else { continue }
                do {
                    try await writer.write(try event.encoded())
                } catch {
                    isOpen = false
                    logger.debug("turn.stream.closed", metadata: ["error.type": .string("\(type(of: error))")])
                }
            }
            if isOpen { try? await writer.finish(nil) }
        }
    }

    /// The error event's body, like the JSON error response's; unexpected errors are logged, never shown.
    private static func failure(
        _ error: any Error, request: Request, requestID: String, logger: Logger
    ) -> APIError.Body {
        let apiError = APIError.from(error, request: request)
        if apiError.status.code >= 500 {
            logger.error("turn.stream.failed", metadata: ["error.type": .string(String(reflecting: type(of: error)))])
        }
        return APIError.Body(
            error: .init(
                status: Int(apiError.status.code), code: apiError.code, message: apiError.message,
                requestID: requestID))
    }
}
