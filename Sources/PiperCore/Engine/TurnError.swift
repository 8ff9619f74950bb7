/// Why a message could not be taken as a turn.
package enum TurnError: Error, Hashable, Sendable {
    /// The message is empty or only whitespace.
    case emptyMessage
    /// The message is longer than ``TurnRequest/maximumLength`` characters.
    case messageTooLong(limit: Int)
    /// The speaking user no longer exists.
    case unknownUser
}
