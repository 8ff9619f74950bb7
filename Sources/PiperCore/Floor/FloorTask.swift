/// One kind of request the floor serves: which model task, which context, what to ask the model, and the
/// deterministic scaffold used when no model can answer.
struct FloorTask: Sendable {
    /// The action served.
    let action: ActionName
    /// The routing task of the model call.
    let modelTask: ModelTask
    /// The context categories consulted.
    let categories: [ContextCategory]
    /// What the model is asked to do.
    let instruction: String
    /// The answer built from the context alone.
    let scaffold: @Sendable (FloorScaffoldInput) -> String

    /// The floor's tasks by action.
    static let all: [ActionName: FloorTask] = Dictionary(
        uniqueKeysWithValues: [articulateWhy, shapeRoadmap, scopeMVP, prioritize, stakeholderUpdate, guidance].map {
            ($0.action, $0)
        })

    static let articulateWhy = FloorTask(
        action: .articulateWhy, modelTask: .drafting,
        categories: [.personalContext, .recentTurns, .projects, .todos, .pastRequests],
        instruction: """
            Help articulate why this work matters. Write four short parts: Why (the problem and who has it, \
            with evidence only from CONTEXT or a placeholder), What (the change), Who benefits, and How we'll know \
            (measurable signals; placeholders where unknown). End with the open questions to answer before sharing.
            """, scaffold: FloorScaffolds.articulateWhy)

    static let shapeRoadmap = FloorTask(
        action: .shapeRoadmap, modelTask: .drafting,
        categories: [.personalContext, .recentTurns, .projects, .todos, .reminders, .pastRequests],
        instruction: """
            Help shape a roadmap. Group the work in CONTEXT into Now, Next and Later, with a one-line reason for \
            each placement tied to their priorities; flag dependencies and what is missing to decide.
            """, scaffold: FloorScaffolds.shapeRoadmap)

    static let scopeMVP = FloorTask(
        action: .scopeMVP, modelTask: .drafting,
        categories: [.personalContext, .recentTurns, .projects, .todos, .pastRequests],
        instruction: """
            Help scope a minimum viable product. Give the core problem, In (the smallest set that tests it), \
            Out (explicitly deferred), the riskiest assumptions to test first, and one success signal.
            """, scaffold: FloorScaffolds.scopeMVP)

    static let prioritize = FloorTask(
        action: .prioritize, modelTask: .floor,
        categories: [.personalContext, .recentTurns, .todos, .projects],
        instruction: """
            Rank the items the user names; if they name none, rank their open todos and projects from CONTEXT. \
            Weigh impact, effort and fit with their priorities; give a numbered list with a one-line reason each \
            and state your assumptions.
            """, scaffold: FloorScaffolds.prioritize)

    static let stakeholderUpdate = FloorTask(
        action: .writeStakeholderUpdate, modelTask: .drafting,
        categories: [.personalContext, .recentTurns, .projects, .todos, .reminders],
        instruction: """
            Draft a short stakeholder update: a one-line headline, Progress (only from done todos and other facts \
            in CONTEXT), Next, and Risks or asks. Put a placeholder wherever CONTEXT has no facts.
            """, scaffold: FloorScaffolds.stakeholderUpdate)

    static let guidance = FloorTask(
        action: .getGuidance, modelTask: .floor, categories: [.personalContext, .recentTurns, .pastRequests],
        instruction: """
            Give practical product-management advice on their question: three to six concrete steps, tailored \
            to their role, focus and priorities where CONTEXT has them.
            """, scaffold: FloorScaffolds.guidance)
}

/// What a scaffold is built from.
struct FloorScaffoldInput: Sendable {
    /// The user's message.
    let text: String
    /// What the message is about, when it can be told ("offline mode").
    let topic: String?
    /// The gathered context.
    let context: AssembledContext
}
