import Foundation
import Testing

@testable import PiperCore

@Suite("Pending offer binding")
struct OfferBindingTests {
    static let now = Date(timeIntervalSince1970: 1_796_202_000)
    static let parser = NaturalTimeParser(timeZone: TimeZone(identifier: "Europe/Berlin") ?? .current)

    static func offer(_ kind: PendingOffer.Kind) -> PendingOffer {
        PendingOffer(
            conversationID: Identifier(UUID()), action: .deleteTodo, slots: Slots(todoRef: "id:x"), kind: kind,
            prompt: "Delete?", createdAt: now)
    }

    @Test("crisp affirmatives accept", arguments: ["yes", "Yes!", "go ahead", "do it", "OK", "yes, delete it"])
    func accepts(text: String) {
        #expect(
            OfferBinding.bind(text, to: Self.offer(.confirmation), timeParser: Self.parser, now: Self.now) == .accepted)
    }

    @Test(
        "prose, hedges and other requests do not",
        arguments: [
            "yes but first show me my todos", "I guess so, maybe", "what's my next todo?", "yess please do it now",
        ])
    func proseIsUnrelated(text: String) {
        #expect(
            OfferBinding.bind(text, to: Self.offer(.confirmation), timeParser: Self.parser, now: Self.now) == .unrelated
        )
    }

    @Test("refusals decline", arguments: ["no", "No.", "cancel", "never mind", "don't"])
    func declines(text: String) {
        #expect(
            OfferBinding.bind(text, to: Self.offer(.confirmation), timeParser: Self.parser, now: Self.now) == .declined)
    }

    @Test("a time answers a missing time, keeping the pinned slots")
    func fillsTime() {
        let binding = OfferBinding.bind(
            "tomorrow at 9", to: Self.offer(.missingSlot(.when)), timeParser: Self.parser, now: Self.now)
        #expect(binding == .filled(Slots(todoRef: "id:x", when: "tomorrow at 9")))
        #expect(
            OfferBinding.bind("whenever", to: Self.offer(.missingSlot(.when)), timeParser: Self.parser, now: Self.now)
                == .unrelated)
    }
}
