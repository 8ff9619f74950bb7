import Foundation
import HummingbirdTesting
import PiperServer
import Testing

/// The Models panel: a person's own OpenAI and Anthropic API keys, kept as secrets and never shown.
@Suite("Web models panel")
struct ModelsPanelTests {
    @Test("every member's page has a key form per provider, naming the secret each key is kept in")
    func forms() async throws {
        try await ChatServer.with { _, client in
            for user in ["owner", "colleague"] {
                let page = try await client.call(.get, "/", as: user).body
                for id in ["toggle-models", "models-panel", "model-key-openai", "model-key-anthropic"] {
                    #expect(page.contains("id=\"\(id)\""), "\(user): no #\(id)")
                }
                #expect(page.contains("data-secret=\"models.openai.api_key\""))
                #expect(page.contains("data-secret=\"models.anthropic.api_key\""))
                #expect(page.contains("id=\"model-key-openai-value\" name=\"value\" type=\"password\""))
            }
        }
    }

    @Test("a stored key is reported as set by name only; its value is in neither the page nor the list")
    func keyNeverShown() async throws {
        try await ChatServer.with { _, client in
            let key = "sk-test-do-not-show-0123456789"
            let stored = try await client.call(
                .put, "/api/v1/secrets/models.openai.api_key", json: #"{"value":"\#(key)"}"#)
            #expect(stored.status == .ok)
            let secrets = try await client.call(.get, "/api/v1/secrets")
            let names = try #require(try jsonObject(secrets.body)["secrets"] as? [[String: Any]]).map {
                $0["name"] as? String
            }
            #expect(names == ["models.openai.api_key"])
            let page = try await client.call(.get, "/")
            #expect(!secrets.body.contains(key) && !page.body.contains(key))
            let removed = try await client.call(.delete, "/api/v1/secrets/models.openai.api_key")
            #expect(removed.status == .noContent)
        }
    }
}
