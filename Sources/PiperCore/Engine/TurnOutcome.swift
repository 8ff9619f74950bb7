/// What one turn produced: the stored message and Piper's stored reply.
package struct TurnOutcome: Hashable, Sendable {
    /// The person's turn as recorded.
    package var userTurn: Turn
    /// Piper's reply as recorded; its details carry blocks, provenance and latency.
    package var reply: Turn

    /// Creates an outcome.
    package init(userTurn: Turn, reply: Turn) {
        self.userTurn = userTurn
        self.reply = reply
    }
}
