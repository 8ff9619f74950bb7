import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import Synchronization
import Testing

@Suite("The conversational floor")
struct FloorConversationTests {
    static let why = "help me explain why we're building offline mode"

    @Test(
        "Without a model, a strategy request gets a filled-in scaffold and a plain word",
        arguments: TestDatabase.availableDialects)
    func scaffoldWithoutModel(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            try await piper.say("add a todo to interview three field technicians")
            let reply = try await piper.say(Self.why)
            #expect(reply.details?.action == .articulateWhy)
            #expect(reply.text.contains("offline mode"))
            #expect(reply.text.contains("How we'll know"))
            #expect(reply.text.contains("interview three field technicians"))
            #expect(reply.text.contains("without a language model"))
            let provenance = reply.details?.provenance ?? []
            #expect(provenance.contains(ProvenanceEntry(source: "your todos", detail: "1 item", outcome: .used)))
            #expect(provenance.contains { $0.source == "your calendar" && $0.outcome == .notChecked })
            #expect(provenance.contains { $0.source == "language model" && $0.outcome == .notChecked })
        }
    }

    @Test(
        "A model's answer streams in pieces, is grounded in the tagged context and recorded",
        arguments: TestDatabase.availableDialects)
    func streamsGroundedAnswer(dialect: Dialect) async throws {
        let model = ScriptedLanguageModel([.answer(["Why: field ", "technicians lose ", "signal."])])
        try await EngineHarness.with(dialect, model: model.client) { piper in
            try await piper.say("add a todo to interview three field technicians")
            let pieces = Mutex<[String]>([])
            let outcome = try await piper.pipeline.run(
                TurnRequest(
                    principal: piper.principal, conversationID: piper.conversationID, surface: .web, text: Self.why),
                stream: ReplyStream { piece in pieces.withLock { $0.append(piece) } })
            #expect(pieces.withLock { $0 } == ["Why: field ", "technicians lose ", "signal."])
            #expect(outcome.reply.text == "Why: field technicians lose signal.")
            let request = try #require(model.requests.last)
            #expect(request.task == .drafting)
            #expect(request.system.contains("Open todo #1: interview three field technicians"))
            #expect(request.system.contains("[your reminders — not checked"))
            #expect(request.system.contains("[your projects — checked, empty"))
            #expect(request.system.contains("Never say or imply that you did"))
            #expect(request.messages.first?.content.hasPrefix(Self.why) == true)
            #expect(request.messages.first?.content.contains("How we'll know") == true)
            #expect(request.attribution.turnID == outcome.userTurn.id)
            #expect(request.attribution.conversationID == piper.conversationID)
            let stored = try await piper.engine.conversations.turns(piper.scope, piper.conversationID, 0, 50)
            #expect(stored.last?.text == "Why: field technicians lose signal.")
            #expect(
                stored.last?.details?.provenance.contains { $0.source == "language model" && $0.outcome == .used }
                    == true)
        }
    }

    @Test("An answer that claims an action gets a correction", arguments: [Dialect.sqlite])
    func correctsClaimedActions(dialect: Dialect) async throws {
        let model = ScriptedLanguageModel([.answer(["I've added a todo to review it. Here's the why."])])
        try await EngineHarness.with(dialect, model: model.client) { piper in
            let reply = try await piper.say(Self.why)
            #expect(reply.text.contains("I haven't changed anything in this reply"))
            let todos = try await piper.engine.todos.list(piper.scope, [.open])
            #expect(todos.isEmpty)
        }
    }

    @Test(
        "A failing model degrades to the scaffold; a broken stream keeps what was shown and says so",
        arguments: [Dialect.sqlite])
    func degradesHonestly(dialect: Dialect) async throws {
        let model = ScriptedLanguageModel([
            .fail(.unreachable(provider: "local", reason: "connection refused")),
            .breakOff(["Now: offline mode."], .timedOut(provider: "local", seconds: 60)),
        ])
        try await EngineHarness.with(dialect, model: model.client) { piper in
            let scaffold = try await piper.say("help me lay out next quarter's roadmap")
            #expect(scaffold.details?.action == .shapeRoadmap)
            #expect(scaffold.text.contains("Now"))
            #expect(scaffold.text.contains("isn't answering right now"))
            let partial = try await piper.say("help me lay out next quarter's roadmap")
            #expect(partial.text.hasPrefix("Now: offline mode."))
            #expect(partial.text.contains("The model stopped before finishing"))
        }
    }

    @Test(
        "An unavailable model (open circuit) is not called and the answer says the model isn't answering",
        arguments: [Dialect.sqlite])
    func openCircuitSkipsModel(dialect: Dialect) async throws {
        let model = ScriptedLanguageModel([.answer(["unused"])])
        model.setAvailable(false)
        try await EngineHarness.with(dialect, model: model.client) { piper in
            let reply = try await piper.say("what should be in the MVP for the import tool?")
            #expect(reply.details?.action == .scopeMVP)
            #expect(reply.text.contains("import tool"))
            #expect(reply.text.contains("isn't answering right now"))
            #expect(model.requests.isEmpty)
        }
    }

    @Test("Prioritizing named items lists them for scoring without a model", arguments: [Dialect.sqlite])
    func prioritizesNamedItems(dialect: Dialect) async throws {
        try await EngineHarness.with(dialect) { piper in
            let reply = try await piper.say("prioritize these features by impact: SSO, CSV export and dark mode")
            #expect(reply.details?.action == .prioritize)
            #expect(reply.text.contains("1. SSO"))
            #expect(reply.text.contains("3. dark mode"))
        }
    }

    @Test("A looping answer is cut where a line comes round the third time, and says so", arguments: [Dialect.sqlite])
    func cutsRepetition(dialect: Dialect) async throws {
        let loop = [
            "Why: signal drops.\n", "- Check the logs\n", "- Check the logs\n", "- check the LOGS\n", "- more\n",
        ]
        let model = ScriptedLanguageModel([.answer(loop)])
        try await EngineHarness.with(dialect, model: model.client) { piper in
            let reply = try await piper.say(Self.why)
            #expect(reply.text.hasPrefix("Why: signal drops.\n- Check the logs\n- Check the logs\n\n(I cut the rest"))
            #expect(!reply.text.contains("more"))
        }
    }

    @Test("A spent budget or a reached cap is said plainly, with the scaffold", arguments: [Dialect.sqlite])
    func budgetRefusalIsExplained(dialect: Dialect) async throws {
        let model = ScriptedLanguageModel([
            .fail(.budgetExhausted(limitMicros: 20_000_000)), .fail(.requestCapReached(limit: 50)),
        ])
        try await EngineHarness.with(dialect, model: model.client) { piper in
            let budget = try await piper.say("write a short update for the CEO on alpha")
            #expect(budget.details?.action == .writeStakeholderUpdate)
            #expect(budget.text.contains("monthly model budget of $20.00"))
            #expect(budget.text.contains("Headline"))
            let cap = try await piper.say("write a short update for the CEO on alpha")
            #expect(cap.text.contains("your 50 model requests for today"))
        }
    }
}
