/// What a language-model call is for; configuration routes each task to its own providers and models.
package enum ModelTask: String, Hashable, Sendable, Codable, CaseIterable {
    /// Choosing an action when the deterministic classifier is unsure.
    case classification
    /// Answering on the conversational floor.
    case floor
    /// Drafting text for the user: updates, rationales, roadmaps.
    case drafting
    /// Pulling structured facts out of text.
    case extraction
    /// Condensing text.
    case summarization
}
