import Logging
import Synchronization

/// Collects log records in memory so tests can assert what was (and was not) logged.
package final class CapturedLogs: Sendable {
    /// One captured record.
    package struct Record: Sendable {
        /// The level it was logged at.
        package var level: Logger.Level
        /// The message.
        package var message: String
        /// The logger's metadata merged with the call's.
        package var metadata: [String: String]

        /// The message and every metadata value, for "does this text appear anywhere" checks.
        package var fullText: String {
            ([message] + metadata.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        }
    }

    private let storage = Mutex<[Record]>([])

    /// Creates an empty capture.
    package init() {}

    /// Everything logged so far.
    package var records: [Record] { storage.withLock { $0 } }

    /// A logger whose records land here, at `level` and above.
    package func logger(level: Logger.Level = .trace) -> Logger {
        var logger = Logger(label: "piper.test.captured") { _ in CapturingHandler(logs: self) }
        logger.logLevel = level
        return logger
    }

    fileprivate func append(_ record: Record) {
        storage.withLock { $0.append(record) }
    }
}

private struct CapturingHandler: LogHandler {
    let logs: CapturedLogs
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        logs.append(
            .init(level: event.level, message: event.message.description, metadata: merged.mapValues { "\($0)" })
        )
    }
}
