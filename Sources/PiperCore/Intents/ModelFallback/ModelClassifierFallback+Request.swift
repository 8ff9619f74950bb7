extension ModelClassifierFallback {
    /// The schema every answer must match: one action from the registry.
    package var answerSchema: JSONValue {
        .object([
            "type": .string("object"),
            "properties": .object([
                "action": .object([
                    "type": .string("string"), "enum": .array(registry.labels.map(JSONValue.string)),
                ])
            ]),
            "required": .array([.string("action")]),
            "additionalProperties": .bool(false),
        ])
    }

    /// The constrained classification call for `text`.
    func request(_ text: String, proposal: IntentProposal, attribution: ModelAttribution) -> ModelRequest {
        ModelRequest(
            task: .classification, system: instructions(proposal: proposal), messages: [ModelMessage(.user, text)],
            maxOutputTokens: 40, temperature: 0,
            responseFormat: .jsonSchema(name: "piper_action", schema: answerSchema),
            attribution: attribution)
    }

    /// The vocabulary with one example each, and the deterministic classifier's best guesses as a hint.
    func instructions(proposal: IntentProposal) -> String {
        let vocabulary = registry.definitions.map { definition in
            "- \(definition.name.rawValue): \(definition.summary)"
                + (definition.examples.first.map { " (e.g. “\($0)”)" } ?? "")
        }
        let guesses = proposal.alternatives.map { "\($0.action) (\(Int(($0.confidence * 100).rounded()))%)" }
        return """
            You route one message that a product manager sent to Piper, their assistant, to exactly one action. \
            Answer only with JSON of the form {"action": "<action name>"}, naming one action from the list. \
            Use out_of_scope when no action fits.

            Actions:
            \(vocabulary.joined(separator: "\n"))

            A simpler classifier's best guesses, which may be wrong: \(guesses.joined(separator: ", ")).
            """
    }
}
