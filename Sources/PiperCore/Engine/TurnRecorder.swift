import Foundation

/// Step 7: stores the pending offer, the ledger and both turns — the user's and Piper's reply, with their
/// details — in one append.
struct TurnRecorder: Sendable {
    let dependencies: EngineDependencies

    func record(_ outcome: HandlerOutcome, context: HandlerContext, started: ContinuousClock.Instant) async throws
        -> TurnOutcome
    {
        let scope = context.scope
        let conversationID = context.request.conversationID
        let (reply, offer) = Self.reply(for: outcome, context: context)
        if let offer { try await dependencies.offers.put(scope, offer) }
        try await dependencies.ledger.append(scope, ledgerEntries(for: reply, context: context))
        let elapsed = ContinuousClock.now - started
        let details = TurnDetails(
            action: context.intent.action, confidence: context.intent.confidence, decidedBy: context.intent.decidedBy,
            slots: context.intent.slots, blocks: reply.blocks, provenance: reply.provenance,
            latencyMilliseconds: elapsed.milliseconds)
        let userTurn = TurnDraft(
            id: context.turnID, conversationID: conversationID, speaker: .user, text: context.text,
            createdAt: context.now,
            details: TurnDetails(
                action: context.intent.action, confidence: context.intent.confidence,
                decidedBy: context.intent.decidedBy, slots: context.intent.slots))
        let replyTurn = TurnDraft(
            id: dependencies.ids.next(), conversationID: conversationID, speaker: .piper, text: reply.text,
            createdAt: context.now, details: details)
        let turns = try await dependencies.conversations.appendTurns(scope, [userTurn, replyTurn])
        guard turns.count == 2 else { throw ConversationError.notFound(conversationID) }
        dependencies.logger.info(
            "turn.recorded",
            metadata: [
                "turn.action": "\(context.intent.action.rawValue)", "turn.decided_by": "\(context.intent.decidedBy)",
                "turn.confidence": "\(context.intent.confidence)",
                "turn.latency_ms": "\(details.latencyMilliseconds ?? 0)",
            ])
        return TurnOutcome(userTurn: turns[0], reply: turns[1])
    }

    /// The reply to show and the offer to remember for an outcome.
    static func reply(for outcome: HandlerOutcome, context: HandlerContext) -> (Reply, PendingOffer?) {
        switch outcome {
        case .reply(let reply):
            return (reply, nil)
        case .confirm(let prompt, let pinned, let confirmLabel):
            let options = [
                ReplyOption(label: confirmLabel, reply: "yes", style: .danger),
                ReplyOption(label: "Cancel", reply: "no", style: .secondary),
            ]
            let offer = PendingOffer(
                conversationID: context.request.conversationID, action: context.intent.action, slots: pinned,
                kind: .confirmation, prompt: prompt, createdAt: context.now)
            return (Reply(prompt, blocks: [.confirmation(prompt: prompt, options: options)]), offer)
        case .ask(let slot, let question, let pinned):
            let offer = PendingOffer(
                conversationID: context.request.conversationID, action: context.intent.action, slots: pinned,
                kind: .missingSlot(slot), prompt: question, createdAt: context.now)
            return (Reply(question), offer)
        }
    }

    private func ledgerEntries(for reply: Reply, context: HandlerContext) -> [LedgerEntry] {
        reply.activity.map { activity in
            LedgerEntry(
                id: dependencies.ids.next(), scope: context.scope, conversationID: context.request.conversationID,
                event: activity.event, subjectKind: activity.kind, subjectID: activity.subjectID,
                label: activity.label, createdAt: context.now)
        }
    }
}
