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
        case let error as RowSecurityBypassRefused: "\(error)"
        case let error as RemoteError: remoteMessage(error)
        case let error as TurnError: turnMessage(error)
        case let error as IntentCorpusError: "\(error)"
        case SecretError.wrongMasterKey:
            "The configured master key does not open the stored data keys. Set secrets.key (PIPER_SECRETS_KEY) or "
                + "secrets.key_file to the key they were wrapped with."
        case let error as MasterKeyError: "\(error)"
        case let error as AccountError: "\(error)"
        case let error as CocoaError where error.code == .fileReadNoSuchFile: "No such file: \(error.filePath ?? "?")"
        case let error as IOError where error.errnoCode == EADDRINUSE:
            "The HTTP address is already in use. Stop the other process, or choose another port with --port "
                + "or PIPER_HTTP_PORT."
        default: nil
        }
    }

    private static func remoteMessage(_ error: RemoteError) -> String {
        switch error {
        case .unreachable(let url): "No Piper server answered at \(url). Is `piper serve` running there?"
        case .rejected(let status, let message): "The server refused the request (\(status)): \(message)"
        case .malformedReply: "The server's answer could not be read; is that address a Piper server?"
        }
    }

    private static func turnMessage(_ error: TurnError) -> String {
        switch error {
        case .emptyMessage: "The message is empty."
        case .messageTooLong(let limit): "The message is longer than \(limit) characters."
        case .unknownUser: "The local user no longer exists in this database."
        }
    }
}
