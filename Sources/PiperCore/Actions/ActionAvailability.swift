/// Whether an action works in this installation, and if not, what would make it work.
package enum ActionAvailability: Hashable, Sendable {
    /// Piper handles the action now.
    case available
    /// The action needs something that is not connected yet; the text says what.
    case needs(String)
}
