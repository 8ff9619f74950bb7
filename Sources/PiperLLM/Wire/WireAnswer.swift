import PiperCore

/// What a provider answered, in provider-neutral terms, before the gateway names the provider.
package struct WireAnswer: Hashable, Sendable {
    /// The text (JSON text for a schema-constrained call).
    package var text: String
    /// Tools the model asked to run.
    package var toolCalls: [ModelToolCall]
    /// Tokens read and written; zero when the provider did not say.
    package var usage: ModelUsage
    /// The model that answered, when the provider said.
    package var model: String?
    /// Why generation stopped, in the provider's words.
    package var finishReason: String?

    /// Creates an answer.
    package init(
        text: String, toolCalls: [ModelToolCall] = [], usage: ModelUsage = .zero, model: String? = nil,
        finishReason: String? = nil
    ) {
        self.text = text
        self.toolCalls = toolCalls
        self.usage = usage
        self.model = model
        self.finishReason = finishReason
    }
}

/// Why a provider's body could not be read.
package enum WireError: Error, Hashable, Sendable {
    /// The body is not the documented shape.
    case malformed(String)
    /// The provider reported an error inside a successful response or stream (`type`, `message`).
    case provider(type: String, message: String)
}

/// The parts of a provider request that depend on the wire format.
package struct WireRequest: Sendable {
    /// The path after the base URL, such as `/chat/completions`.
    package var path: String
    /// Headers, including authentication; never log them.
    package var headers: [(name: String, value: String)]
    /// The JSON body.
    package var body: JSONValue
}

extension JSONValue {
    /// The elements, when this is an array; otherwise none.
    var arrayValue: [JSONValue] {
        if case .array(let elements) = self { elements } else { [] }
    }

    /// A whole number, when this is one.
    var intValue: Int? {
        numberValue.map { Int($0) }
    }

    /// An integer as a JSON number.
    static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

    /// An object without the members whose value is `nil`.
    static func compactObject(_ members: [String: JSONValue?]) -> JSONValue {
        .object(members.compactMapValues { $0 })
    }
}
