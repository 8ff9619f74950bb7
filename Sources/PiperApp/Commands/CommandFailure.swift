import Foundation
import NIOCore
import PiperCore
import PiperStorage

/// The readable message for a failure a command should report in one line rather than a trace.
package enum CommandFailure {
    /// A message for configuration, storage and migration failures; `nil` for anything else.
    package static func message(for error: any Error) -> String? {
        switch error {
        case let error as ConfigurationError: "\(error)\nRun `piper doctor` for a full check."
        case let error as StorageError: "\(error)\nRun `piper doctor` to check the database."
        case let error as MigrationError: "\(error)"
        case let error as IOError where error.errnoCode == EADDRINUSE:
            "The HTTP address is already in use. Stop the other process, or choose another port with --port "
                + "or PIPER_HTTP_PORT."
        default: nil
        }
    }
}
