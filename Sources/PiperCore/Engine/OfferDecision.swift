import Foundation

/// Turns a message that answers Piper's pending question into a decision, or `nil` when it is a new request.
enum OfferDecision {
    static func decide(_ text: String, offer: PendingOffer, timeParser: NaturalTimeParser, now: Date) -> TurnDecision? {
        switch OfferBinding.bind(text, to: offer, timeParser: timeParser, now: now) {
        case .accepted:
            return TurnDecision(
                intent: Intent(action: offer.action, confidence: 1, slots: offer.slots, decidedBy: "offer"),
                isConfirmed: true, reference: nil, earlyReply: nil)
        case .declined:
            return TurnDecision(
                intent: Intent(action: offer.action, confidence: 1, slots: offer.slots, decidedBy: "offer"),
                isConfirmed: false, reference: nil, earlyReply: Reply("Okay — I've left everything as it was."))
        case .filled(let slots):
            return TurnDecision(
                intent: Intent(action: offer.action, confidence: 1, slots: slots, decidedBy: "offer"),
                isConfirmed: false, reference: nil, earlyReply: nil)
        case .unrelated:
            return nil
        }
    }
}
