import Foundation

/// How a message answers Piper's pending question.
package enum OfferBinding: Hashable, Sendable {
    /// A crisp yes to a confirmation.
    case accepted
    /// A no.
    case declined
    /// The missing detail, with the slots it completes.
    case filled(Slots)
    /// Not an answer; the message is a new request.
    case unrelated

    /// Binds `text` to `offer`. Confirmations take only short, crisp affirmatives — long prose that
    /// happens to start with "yes" is a new request, never consent.
    package static func bind(
        _ text: String, to offer: PendingOffer, timeParser: NaturalTimeParser, now: Date
    ) -> OfferBinding {
        let words = TextNormalization.words(text)
        let phrase = words.joined(separator: " ")
        if declines.contains(phrase) { return .declined }
        switch offer.kind {
        case .confirmation:
            return accepts.contains(phrase) ? .accepted : .unrelated
        case .missingSlot(let slot):
            return fill(slot, from: text, words: words, offer: offer, timeParser: timeParser, now: now)
        }
    }

    private static func fill(
        _ slot: SlotName, from text: String, words: [String], offer: PendingOffer, timeParser: NaturalTimeParser,
        now: Date
    ) -> OfferBinding {
        var slots = offer.slots
        switch slot {
        case .when:
            guard let match = timeParser.firstMatch(in: text, now: now) else { return .unrelated }
            slots.when = match.phrase
        case .text, .project, .todoRef, .document, .person:
            guard (1...30).contains(words.count) else { return .unrelated }
            slots[slot] = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .repo:
            guard let repository = words.first(where: RepositoryName.isValid) else { return .unrelated }
            slots.repo = repository
        case .issueNumber, .tracker:
            return .unrelated
        }
        return .filled(slots)
    }

    /// Crisp affirmatives, compared after folding and dropping punctuation.
    package static let accepts: Set<String> = [
        "yes", "y", "yep", "yeah", "yup", "sure", "ok", "okay", "do it", "go ahead", "confirm", "confirmed",
        "yes please", "yes do it", "please do", "yes go ahead", "absolutely", "definitely", "go for it",
        "yes delete it", "delete it", "yes confirm", "sounds good", "ok do it", "okay do it", "affirmative",
    ]

    /// Clear refusals.
    package static let declines: Set<String> = [
        "no", "n", "nope", "nah", "cancel", "stop", "don't", "dont", "do not", "never mind", "nevermind",
        "no thanks", "no thank you", "keep it", "abort", "forget it", "not now", "no don't", "no dont",
    ]
}
