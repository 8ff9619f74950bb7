import Foundation

/// One call to a language model, independent of provider.
package struct ModelRequest: Hashable, Sendable {
    /// The shape the answer must take.
    package enum ResponseFormat: Hashable, Sendable {
        /// Free text.
        case text
        /// A JSON object valid against `schema`; providers enforce it where they can.
        case jsonSchema(name: String, schema: JSONValue)
    }

    /// What the call is for; decides the provider and model.
    package var task: ModelTask
    /// Instructions that frame every message.
    package var system: String
    /// The conversation so far, oldest first.
    package var messages: [ModelMessage]
    /// The most tokens the answer may use.
    package var maxOutputTokens: Int
    /// Sampling temperature, when the task wants other than the provider's default.
    package var temperature: Double?
    /// Free text or schema-constrained JSON.
    package var responseFormat: ResponseFormat
    /// Tools the model may call.
    package var tools: [ModelTool]
    /// Whose call this is, for accounting, budgets and caps.
    package var attribution: ModelAttribution

    /// Creates a request.
    package init(
        task: ModelTask, system: String, messages: [ModelMessage], maxOutputTokens: Int = 800,
        temperature: Double? = nil, responseFormat: ResponseFormat = .text, tools: [ModelTool] = [],
        attribution: ModelAttribution
    ) {
        self.task = task
        self.system = system
        self.messages = messages
        self.maxOutputTokens = maxOutputTokens
        self.temperature = temperature
        self.responseFormat = responseFormat
        self.tools = tools
        self.attribution = attribution
    }
}

/// The workspace, user, conversation and turn a model call is made for.
package struct ModelAttribution: Hashable, Sendable {
    /// The workspace and user.
    package var scope: Scope
    /// The conversation, when the call serves one.
    package var conversationID: Conversation.ID?
    /// The user's turn the call serves.
    package var turnID: Turn.ID?

    /// Creates an attribution.
    package init(scope: Scope, conversationID: Conversation.ID? = nil, turnID: Turn.ID? = nil) {
        self.scope = scope
        self.conversationID = conversationID
        self.turnID = turnID
    }
}
