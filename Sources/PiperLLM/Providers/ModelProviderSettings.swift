import Foundation

/// One configured provider: where it is, how to talk to it, and the model it serves by default.
package struct ModelProviderSettings: Hashable, Sendable {
    /// The configured name, such as `local` or `openai`; accounting and logs use it.
    package var name: String
    /// The wire format.
    package var kind: ModelProviderKind
    /// The base URL, such as `https://api.openai.com/v1` or `http://127.0.0.1:8081/v1`.
    package var baseURL: String
    /// The server's API key; `nil` for a keyless endpoint. Secret: never logged or described.
    package var apiKey: String?
    /// The model used when a route names none.
    package var model: String
    /// Seconds allowed for a whole call, and for the first byte and each gap of a stream.
    package var timeout: Double

    /// Creates provider settings.
    package init(
        name: String, kind: ModelProviderKind, baseURL: String, apiKey: String? = nil, model: String,
        timeout: Double = 60
    ) {
        self.name = name
        self.kind = kind
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.model = model
        self.timeout = timeout
    }

    /// Whether the base URL is OpenAI's or Anthropic's own API, which always needs a key.
    package var isOfficialAPI: Bool {
        let host = URL(string: baseURL)?.host?.lowercased()
        return host == "api.openai.com" || host == "api.anthropic.com"
    }
}

extension ModelProviderSettings: CustomStringConvertible, CustomDebugStringConvertible {
    /// The provider without its key, which is only said to be present.
    package var description: String {
        "\(name) (\(kind.rawValue) at \(baseURL), model \(model)\(apiKey == nil ? "" : ", API key set"))"
    }

    /// The same as ``description``, so a debug print never shows the key either.
    package var debugDescription: String { description }
}
