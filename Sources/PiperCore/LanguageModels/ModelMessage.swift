/// One message of a language-model conversation.
package struct ModelMessage: Hashable, Sendable {
    /// Who speaks.
    package enum Role: String, Hashable, Sendable, Codable {
        /// The person, or Piper speaking for them.
        case user
        /// The model.
        case assistant
        /// The result of a tool the model called.
        case tool
    }

    /// Who speaks.
    package var role: Role
    /// What is said.
    package var content: String
    /// Tools the assistant asked for in this message.
    package var toolCalls: [ModelToolCall]
    /// For a tool result: the call it answers.
    package var toolCallID: String?

    /// Creates a message.
    package init(_ role: Role, _ content: String, toolCalls: [ModelToolCall] = [], toolCallID: String? = nil) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
    }
}

/// A tool the model may call: a name, what it does and a JSON schema for its arguments.
package struct ModelTool: Hashable, Sendable {
    /// The tool's name.
    package var name: String
    /// What it does, for the model.
    package var description: String
    /// JSON schema of the arguments object.
    package var parameters: JSONValue

    /// Creates a tool.
    package init(name: String, description: String, parameters: JSONValue) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }
}

/// A model's request to run a tool.
package struct ModelToolCall: Hashable, Sendable {
    /// The provider's identifier of the call.
    package var id: String
    /// The tool's name.
    package var name: String
    /// The arguments as JSON text, as the model wrote them.
    package var arguments: String

    /// Creates a call.
    package init(id: String, name: String, arguments: String) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}
