import Foundation

/// The one pipeline every surface runs: bind a pending offer, resolve references, classify, look up the
/// action, decide consent, handle (or answer honestly), and record.
package struct TurnPipeline: Sendable {
    let dependencies: EngineDependencies
    let handlers: [ActionName: ActionHandler]

    /// Creates the pipeline with the standard handlers, or with `handlers` laid over them.
    package init(dependencies: EngineDependencies, handlers: [ActionName: ActionHandler] = [:]) {
        self.dependencies = dependencies
        self.handlers = StandardHandlers.all.merging(handlers) { _, override in override }
    }

    /// Runs one turn and returns the recorded message and reply; text written by a model also goes to `stream`
    /// as it arrives.
    ///
    /// What the turn needs is read first, in one read-only transaction; everything the turn writes (a todo, a
    /// reminder, both turns, the ledger, the pending question) then commits in one writing transaction. Handlers
    /// that only read, or that reach systems outside Piper, run between the two, holding no transaction.
    package func run(_ request: TurnRequest, stream: ReplyStream = .ignore) async throws -> TurnOutcome {
        let started = ContinuousClock.now
        var request = request
        request.text = try Self.validated(request.text)
        let scope = request.principal.scope
        let now = dependencies.clock.now()
        let facts = try await dependencies.transactions.read(scope) { [dependencies, request] in
            try await TurnFacts.read(request, now: now, from: dependencies)
        }
        let timeZone = TimeZoneName.resolve(facts.user.timeZone)
        let turnID: Turn.ID = dependencies.ids.next()
        let decision = try await decide(request, facts: facts, now: now, timeZone: timeZone, turnID: turnID)
        let definition = dependencies.registry[decision.intent.action]
        let consent = ConsentDecision.decide(
            effect: definition.effect, framing: decision.intent.decidedBy == "offer" ? .imperative : .of(request.text),
            workingMode: facts.preferences.workingMode, isConfirmed: decision.isConfirmed)
        let context = HandlerContext(
            request: request, intent: decision.intent, definition: definition, consent: consent,
            reference: decision.reference, user: facts.user, preferences: facts.preferences, now: now,
            timeZone: timeZone, dependencies: dependencies, turnID: turnID, stream: stream)
        if let early = decision.earlyReply {
            return try await commit(.reply(early), context: context, facts: facts, started: started)
        }
        if Self.handlesInsideTransaction(definition) {
            return try await dependencies.transactions.write(scope) {
                try await finish(try await handle(context), context: context, facts: facts, started: started)
            }
        }
        return try await commit(try await handle(context), context: context, facts: facts, started: started)
    }

    /// Whether the action's handler writes only Piper's own data, so it runs inside the turn's transaction.
    /// Readers and writers to outside systems run before it, holding no transaction while they wait.
    static func handlesInsideTransaction(_ definition: ActionDefinition) -> Bool {
        definition.effect != .read && definition.outwardness == .private
    }

    /// Step 7 in its own writing transaction.
    private func commit(
        _ outcome: HandlerOutcome, context: HandlerContext, facts: TurnFacts, started: ContinuousClock.Instant
    ) async throws -> TurnOutcome {
        try await dependencies.transactions.write(context.scope) {
            try await finish(outcome, context: context, facts: facts, started: started)
        }
    }

    /// Step 7: settles the pending question, records both turns and titles a new conversation.
    private func finish(
        _ outcome: HandlerOutcome, context: HandlerContext, facts: TurnFacts, started: ContinuousClock.Instant
    ) async throws -> TurnOutcome {
        let scope = context.scope
        if facts.offer != nil, !outcome.leavesQuestion {
            try await dependencies.offers.clear(scope, facts.conversation.id)
        }
        let recorded = try await TurnRecorder(dependencies: dependencies).record(
            outcome, context: context, started: started)
        if facts.conversation.title == ConversationStarting.untitled, recorded.userTurn.sequence == 1 {
            _ = try await dependencies.conversations.rename(
                scope, facts.conversation.id, ConversationStarting.title(fromFirstMessage: context.text),
                context.now)
        }
        return recorded
    }

    static func validated(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw TurnError.emptyMessage }
        guard trimmed.count <= TurnRequest.maximumLength else {
            throw TurnError.messageTooLong(limit: TurnRequest.maximumLength)
        }
        return trimmed
    }

    /// Steps 1–3: a pending offer binds first; otherwise references resolve and the classifier decides.
    ///
    /// The pending question is cleared when the turn is recorded, whether or not this answer bound it.
    func decide(_ request: TurnRequest, facts: TurnFacts, now: Date, timeZone: TimeZone, turnID: Turn.ID) async throws
        -> TurnDecision
    {
        let scope = request.principal.scope
        let context = ClassificationContext(
            now: now, timeZone: timeZone,
            attribution: ModelAttribution(scope: scope, conversationID: request.conversationID, turnID: turnID))
        if let offer = facts.offer, now.timeIntervalSince(offer.createdAt) <= PendingOffer.lifetime,
            try await !isNewRequest(
                request.text, instead: offer, context: ClassificationContext(now: now, timeZone: timeZone)),
            let decision = OfferDecision.decide(
                request.text, offer: offer, timeParser: NaturalTimeParser(timeZone: timeZone), now: now)
        {
            return decision
        }
        let resolution = ReferenceResolver.resolve(request.text, ledger: facts.ledger)
        var intent = try await dependencies.classifier.classify(resolution.text, context)
        if let reference = resolution.reference { intent.slots = Self.filling(intent.slots, from: reference) }
        return TurnDecision(intent: intent, isConfirmed: false, reference: resolution.reference, earlyReply: nil)
    }

    /// Whether a reply to a free-text question ("What should the todo say?") is really a new request, such as
    /// "show my todos": the classifier is confident it is another action. The context carries no attribution,
    /// so no language model is asked: an answer to Piper's question must not be turned into another action by
    /// a model's guess.
    func isNewRequest(_ text: String, instead offer: PendingOffer, context: ClassificationContext) async throws -> Bool
    {
        guard case .missingSlot(let slot) = offer.kind, slot != .when, slot != .repo else { return false }
        let intent = try await dependencies.classifier.classify(text, context)
        return intent.action != offer.action && intent.action != .outOfScope
            && intent.confidence >= Self.newRequestConfidence
    }

    /// How sure the classifier must be before an answer to Piper's question counts as a new request.
    static let newRequestConfidence = 0.6

    /// Fills the slot a reference stands for, unless the message named its own target.
    static func filling(_ slots: Slots, from reference: Reference) -> Slots {
        var slots = slots
        switch reference.kind {
        case .todo: slots.todoRef = "id:\(reference.subjectID)"
        case .project where !slots.has(.project): slots.project = reference.label
        default: break
        }
        return slots
    }

    /// Steps 4–6: required slots, then the handler, or an honest answer when it fails.
    func handle(_ context: HandlerContext) async throws -> HandlerOutcome {
        var context = context
        if context.definition.requiredSlots.contains(.project), !context.slots.has(.project) {
            let projects = try await dependencies.projects.list(context.scope, [.active, .archived])
            context.intent.slots.project = ProjectMention.find(in: context.text, among: projects)?.name
        }
        if context.definition.availability == .available,
            let missing = context.definition.requiredSlots.first(where: { !context.slots.has($0) })
        {
            return .ask(
                slot: missing, question: SlotQuestion.question(for: missing, action: context.intent.action),
                pinned: context.slots)
        }
        let handler = handlers[context.intent.action] ?? UnavailableHandler.handle
        do {
            return try await handler(context)
        } catch let error as any HonestlyExplainable {
            return .reply(Reply(error.explanation))
        }
    }
}
