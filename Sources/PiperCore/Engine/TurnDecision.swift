/// The outcome of the first three pipeline steps: the intent and how it was reached.
struct TurnDecision: Sendable {
    /// The intent to run.
    var intent: Intent
    /// Whether the user already said yes to exactly this.
    var isConfirmed: Bool
    /// What "it" pointed at.
    var reference: Reference?
    /// A reply that ends the turn early (the user declined Piper's question).
    var earlyReply: Reply?
}
