/// The conversational floor: a language model answers from the assembled, provenance-tagged context; without
/// one, a deterministic scaffold from the same context, and a plain word that a model would do more.
enum FloorHandler {
    /// The handler for every floor task.
    static let handle: ActionHandler = { context in
        guard let task = FloorTask.all[context.intent.action] else {
            return try await UnavailableHandler.handle(context)
        }
        let assembled = await ContextAssembler.assemble(task.categories, for: context)
        let provenance = assembled.sections.map(\.provenance)
        let model = context.dependencies.languageModel
        guard await model.isAvailable(task.modelTask, context.scope) else {
            let providers = await model.providers()
            let reason: ModelError =
                providers.isEmpty
                ? .notConfigured(task.modelTask) : .circuitOpen(provider: providers.map(\.name).joined(separator: ", "))
            return .reply(scaffold(task, context, assembled, because: reason, provenance))
        }
        do {
            let answer = try await FloorAnswer.stream(task: task, context: context, assembled: assembled)
            return .reply(Reply(answer.text, provenance: provenance + [answer.provenance]))
        } catch let failure as FloorAnswer.Interrupted {
            let note = "\n\n(The model stopped before finishing — \(FloorWording.reason(failure.error)))"
            return .reply(Reply(failure.partialText + note, provenance: provenance))
        } catch let error as ModelError {
            return .reply(scaffold(task, context, assembled, because: error, provenance))
        }
    }

    /// The scaffold reply, opened with why no model wrote it.
    static func scaffold(
        _ task: FloorTask, _ context: HandlerContext, _ assembled: AssembledContext, because error: ModelError,
        _ provenance: [ProvenanceEntry]
    ) -> Reply {
        let projects = assembled.lines(.projects).map { $0.replacingOccurrences(of: "Project: ", with: "") }
        let input = FloorScaffoldInput(
            text: context.text, topic: context.slots.project ?? FloorTopic.topic(in: context.text, projects: projects),
            context: assembled)
        context.dependencies.logger.info(
            "floor.scaffold", metadata: ["turn.action": "\(task.action.rawValue)", "model.error": "\(error.kind)"])
        let text = task.scaffold(input) + "\n\n" + FloorWording.withoutModel(error)
        return Reply(
            text,
            provenance: provenance + [
                ProvenanceEntry(source: "language model", detail: FloorWording.reason(error), outcome: .notChecked)
            ])
    }
}
