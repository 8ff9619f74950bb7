import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("The language-model classifier fallback")
struct ModelClassificationTests {
    static let unsure = "can we circle back on that"

    /// The classifier's runner-up for the unsure message: a choice the fallback accepts.
    static func runnerUp() async throws -> ActionName {
        let proposal = await BundledClassifier.shared.value().classify(
            unsure, now: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current)
        let candidate = try #require(proposal.alternatives.first { $0.action != proposal.action })
        return try #require(ActionName(rawValue: candidate.action))
    }

    @Test("An unsure message is settled by the model, recorded and cached", arguments: TestDatabase.availableDialects)
    func modelSettlesUnsureMessage(dialect: Dialect) async throws {
        let choice = try await Self.runnerUp()
        let model = ScriptedLanguageModel([.answer(["{\"action\": \"\(choice.rawValue)\"}"])])
        try await EngineHarness.with(dialect, model: model.client, classifierThreshold: 0.5) { piper in
            let first = try await piper.say(Self.unsure)
            #expect(first.details?.action == choice)
            let stored = try await piper.engine.conversations.turns(piper.scope, piper.conversationID, 0, 10)
            #expect(stored.first?.details?.decidedBy == "language-model")
            let request = try #require(model.requests.first)
            #expect(request.task == .classification)
            guard case .jsonSchema(_, let schema) = request.responseFormat else {
                Issue.record("expected a JSON-schema call")
                return
            }
            let names = schema["properties"]?["action"]?["enum"]
            #expect(names == .array(ActionRegistry.standard.labels.map(JSONValue.string)))
            #expect(request.attribution.turnID == stored.first?.id)
            let again = try await piper.say(Self.unsure)
            #expect(again.details?.action == choice)
            #expect(model.requests.count == 1)
        }
    }

    /// An action the classifier did not consider for the unsure message.
    static func outsider() async throws -> ActionName {
        let proposal = await BundledClassifier.shared.value().classify(
            unsure, now: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current)
        let considered = Set(proposal.alternatives.map(\.action))
        return try #require(
            ActionRegistry.standard.labels.first { !considered.contains($0) && $0 != "out_of_scope" }
                .flatMap(ActionName.init(rawValue:)))
    }

    @Test("A confident message never reaches the model", arguments: [Dialect.sqlite])
    func confidentMessageSkipsModel(dialect: Dialect) async throws {
        let model = ScriptedLanguageModel([.answer(["{\"action\": \"greeting\"}"])])
        try await EngineHarness.with(dialect, model: model.client, classifierThreshold: 0.5) { piper in
            let reply = try await piper.say("show my todos")
            #expect(reply.details?.action == .listTodos)
            #expect(model.requests.isEmpty)
        }
    }

    @Test(
        "An answer outside the vocabulary or the classifier's candidates, or a failing model, keeps the classifier's answer",
        arguments: [Dialect.sqlite])
    func invalidAnswersAreRejected(dialect: Dialect) async throws {
        let outsider = try await Self.outsider()
        let model = ScriptedLanguageModel([
            .answer(["{\"action\": \"launch_rocket\"}"]), .fail(.providerFailed(provider: "local", status: 500)),
            .answer(["not json"]), .answer(["{\"action\": \"\(outsider.rawValue)\"}"]),
        ])
        try await EngineHarness.with(dialect, model: model.client, classifierThreshold: 0.5) { piper in
            for _ in 0..<4 {
                let reply = try await piper.say(Self.unsure)
                #expect(reply.details?.action == .outOfScope)
            }
            let stored = try await piper.engine.conversations.turns(piper.scope, piper.conversationID, 0, 10)
            #expect(stored.filter { $0.speaker == .user }.allSatisfy { $0.details?.decidedBy == "classifier" })
            #expect(model.requests.count == 4)
        }
    }

    @Test("Validation accepts only a registry action in the JSON answer")
    func validation() {
        let fallback = ModelClassifierFallback(model: .none, threshold: 0.5)
        #expect(fallback.validated("{\"action\":\"scope_mvp\"}") == .scopeMVP)
        #expect(fallback.validated("```json\n{\"action\":\"scope_mvp\"}\n```") == .scopeMVP)
        #expect(fallback.validated("{\"action\":\"SCOPE_MVP\"}") == nil)
        #expect(fallback.validated("scope_mvp") == nil)
    }
}

@Suite("The fallback and Piper's own questions")
struct ModelClassificationOfferTests {
    @Test("An answer to Piper's question is never sent to the model", arguments: [Dialect.sqlite])
    func slotAnswersStayWithTheQuestion(dialect: Dialect) async throws {
        let choice = try await ModelClassificationTests.runnerUp()
        let model = ScriptedLanguageModel([.answer(["{\"action\": \"\(choice.rawValue)\"}"])])
        try await EngineHarness.with(dialect, model: model.client, classifierThreshold: 0.5) { piper in
            let question = try await piper.say("add a todo")
            #expect(question.text.contains("?"))
            let done = try await piper.say("can we circle back on that")
            #expect(done.details?.action == .createTodo)
            let todos = try await piper.engine.todos.list(piper.scope, [.open])
            #expect(todos.map(\.title) == ["can we circle back on that"])
            #expect(model.requests.isEmpty)
        }
    }
}
