import AsyncHTTPClient
import Foundation
import NIOCore
import PiperLLM

/// What `piper doctor` says about language models: none configured, or whether each provider answers and
/// accepts its key. The key is sent, never shown.
enum ModelsFinding {
    static func findings(_ models: ModelsConfiguration) async -> [DoctorFinding] {
        guard models.hasProviders else {
            return [
                DoctorFinding(
                    area: "models", outcome: .ok,
                    detail: "no language model configured: Piper answers without one; people can add their own "
                        + "OpenAI or Anthropic key under Models in the web chat")
            ]
        }
        let http = LiveDependencies.modelHTTPClient()
        var findings: [DoctorFinding] = []
        for provider in models.providers { findings.append(await probe(provider, http: http)) }
        try? await http.shutdown()
        return findings
    }

    /// Lists the provider's models, which needs a reachable server and, for hosted APIs, a valid key.
    static func probe(_ provider: ModelProviderSettings, http: HTTPClient) async -> DoctorFinding {
        var request = HTTPClientRequest(url: provider.baseURL + "/models")
        for (name, value) in authorization(provider) { request.headers.add(name: name, value: value) }
        let label = "\(provider.name) (\(provider.kind.rawValue) at \(provider.baseURL))"
        do {
            let response = try await http.execute(request, timeout: .seconds(10))
            let body = try await response.body.collect(upTo: 1 << 20)
            return finding(label, provider: provider, status: Int(response.status.code), body: String(buffer: body))
        } catch {
            return DoctorFinding(
                area: "models", outcome: .warning, detail: "\(label) is unreachable (\(type(of: error)))",
                fix: "start the model server (for the offline model: scripts/local-llm.sh start) or correct "
                    + "models.\(provider.name).base_url; until then Piper answers without it")
        }
    }

    private static func finding(_ label: String, provider: ModelProviderSettings, status: Int, body: String)
        -> DoctorFinding
    {
        switch status {
        case 200..<300:
            let listed = body.contains("\"\(provider.model)\"") ? "lists" : "answers; its model list does not name"
            return DoctorFinding(area: "models", outcome: .ok, detail: "\(label) \(listed) model \(provider.model)")
        case 401, 403:
            return DoctorFinding(
                area: "models", outcome: .failure, detail: "\(label) refused the API key (HTTP \(status))",
                fix: "set a valid key in models.\(provider.name).api_key")
        default:
            return DoctorFinding(
                area: "models", outcome: .warning, detail: "\(label) answered HTTP \(status) to a model listing",
                fix: "check models.\(provider.name).base_url points at the API root (it usually ends in /v1)")
        }
    }

    private static func authorization(_ provider: ModelProviderSettings) -> [(String, String)] {
        guard let key = provider.apiKey else { return [] }
        switch provider.kind {
        case .openai: return [("Authorization", "Bearer \(key)")]
        case .anthropic: return [("x-api-key", key), ("anthropic-version", "2023-06-01")]
        }
    }
}
