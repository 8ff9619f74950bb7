import AsyncHTTPClient
import Foundation
import Synchronization

/// Relays a response body while enforcing a whole-call deadline or an idle timeout between chunks.
struct BodyWatch: Sendable {
    let deadline: ModelHTTPRequest.Deadline
    let started: ContinuousClock.Instant

    /// The body as a stream that fails with ``TransportFailure/timedOut(seconds:)`` when the deadline passes.
    func relay(_ body: HTTPClientResponse.Body) -> AsyncThrowingStream<[UInt8], any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: [UInt8].self)
        let lastActivity = LastActivity()
        // The stream outlives `send`, so its reader runs in a task that the consumer's termination cancels.
        let reader = Task {
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await buffer in body {
                            lastActivity.touch()
                            continuation.yield(Array(buffer.readableBytesView))
                        }
                    }
                    group.addTask { try await expire(lastActivity: lastActivity) }
                    try await group.next()
                    group.cancelAll()
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: TransportFailure(error, seconds: limitSeconds))
            }
        }
        continuation.onTermination = { _ in reader.cancel() }
        return stream
    }

    private var limitSeconds: Double {
        switch deadline {
        case .whole(let seconds): seconds
        case .streaming(_, let idle): idle
        }
    }

    /// Returns never; throws when the deadline passes.
    private func expire(lastActivity: LastActivity) async throws {
        while true {
            let due: ContinuousClock.Instant =
                switch deadline {
                case .whole(let seconds): started + .milliseconds(Int64(seconds * 1000))
                case .streaming(_, let idle): lastActivity.instant + .milliseconds(Int64(idle * 1000))
                }
            if ContinuousClock.now >= due { throw TransportFailure.timedOut(seconds: limitSeconds) }
            try await Task.sleep(until: due, clock: .continuous)
        }
    }
}

/// When the body last delivered bytes; shared by the reader and the watchdog, guarded by its mutex.
private final class LastActivity: Sendable {
    private let storage = Mutex(ContinuousClock.now)

    var instant: ContinuousClock.Instant { storage.withLock { $0 } }

    func touch() {
        storage.withLock { $0 = .now }
    }
}
