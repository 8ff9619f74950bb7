/// The wire format a provider speaks.
package enum ModelProviderKind: String, Hashable, Sendable, CaseIterable {
    /// OpenAI Chat Completions, or any server compatible with it.
    case openai
    /// Anthropic Messages.
    case anthropic

    /// The official API's base URL.
    package var officialBaseURL: String {
        switch self {
        case .openai: "https://api.openai.com/v1"
        case .anthropic: "https://api.anthropic.com/v1"
        }
    }

    /// The model a user's own key is used with when the server configures no provider of this kind.
    package var defaultModel: String {
        switch self {
        case .openai: "gpt-4o-mini"
        case .anthropic: "claude-haiku-4-5"
        }
    }

    /// The name under which a user's own key for this kind is stored in their secrets.
    package var userKeySecretName: String {
        switch self {
        case .openai: UserModelKeys.openAI
        case .anthropic: UserModelKeys.anthropic
        }
    }
}

/// The secret names under which a user keeps their own model API keys.
package enum UserModelKeys {
    /// The user's OpenAI key.
    package static let openAI = "models.openai.api_key"
    /// The user's Anthropic key.
    package static let anthropic = "models.anthropic.api_key"
}
