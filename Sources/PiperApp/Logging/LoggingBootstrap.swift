import Logging

/// Installs the process-wide log handler once, in the executable; tests never call it.
package enum LoggingBootstrap {
    /// Bootstraps swift-log with the configured format and level.
    package static func bootstrap(_ configuration: LogConfiguration) {
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                switch configuration.format {
                case .json: JSONLogHandler(label: label)
                case .text: StreamLogHandler.standardError(label: label)
                }
            handler.logLevel = configuration.level
            return handler
        }
    }
}
